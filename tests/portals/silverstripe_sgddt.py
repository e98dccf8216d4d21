"""Fixture portal: Sở GD&ĐT tỉnh Quảng Trị on SilverStripe 4 with the silverstripe-blog module.

Imitates a SilverStripe 4.13 site as a vendor built it for a provincial Department of Education
and Training: a theme of its own (``themes/sgdqt``, assets under ``/_resources/``), the blog
module (one Blog holder ``/tin-tuc/`` with its posts, categories, tags, author profiles and date
archives), silverstripe-widgets in the blog sidebar, silverstripe-comments on posts,
userforms for the contact page, googlesitemaps and the blog's RSS feed. Pages print
``<base href="http://host/">`` (SilverStripe's ``<% base_tag %>``) and no ``rel=canonical``;
``og:url`` is the page's ``AbsoluteLink``. What it serves:

- Blog posts at ``/tin-tuc/<slug>/`` (SS4's ``Link()`` ends with a slash; ``/tin-tuc/<slug>``
  answers the same page, and so does any page with ``?flush=1``, the cache-flush parameter,
  which SilverStripe ignores for visitors). A post: ``article.post`` with ``h1.post-title``,
  ``p.blog-post-meta`` ("Đăng ngày <a title="15:40, 24/11/2026">24 tháng 11, 2026</a> bởi <a
  href=/tin-tuc/profile/…>Phòng Giáo dục Trung học</a> trong <a href=/tin-tuc/category/…>…</a> ·
  N phút đọc"; the day links the month archive, the tooltip gives the time; a second,
  unlinked name is the blog's free-text "AuthorNames"), ``div.post-summary`` (the Summary
  field, when the post has one), the featured image (``p.post-image``, alt = the file's title,
  never a caption), ``div.typography`` (HTMLEditorField: ``div.captionImage`` > ``img`` +
  ``p.caption``, plain images, a hand-typed centred italic line under an image, ``h3``
  headings, lists, a TinyMCE table, ``&nbsp;``, bylines as the last right-aligned paragraphs),
  "Cập nhật lần cuối" (LastEdited), "Tệp đính kèm" (PDFs from ``/assets/Uploads/``), "Thẻ:",
  share/print/email tools, "Bài viết khác" (five newest others of the category, dated) and the
  comments holder (one post has an approved reader comment).
- Listings, three posts a page (the blog's "Posts per page"), SilverStripe's PaginatedList
  (``?start=3``, ``?start=6``; the "1" link is ``?start=0``; a ``start`` past the end answers
  200 with "Không có bài viết"): the holder ``/tin-tuc/``, ``/tin-tuc/category/<c>`` (three
  categories, "Hoạt động chuyên môn" has three pages), ``/tin-tuc/tag/<t>``,
  ``/tin-tuc/profile/<member>``, ``/tin-tuc/archive/YYYY/MM`` (also ``/YYYY`` and
  ``/YYYY/MM/DD``).
- Chrome: top bar with today's date (TODAY), "Đăng nhập" (``/Security/login``) and the search
  form (``/home/SearchForm``), the menu (``$Menu(1)`` with dropdowns), breadcrumbs "Trang chủ ›
  Tin tức › <title>", sidebar widgets (Bài viết mới with dates, Danh mục, Lưu trữ, Thẻ, "Lượt
  truy cập", banners), a footer with the address, phone and "Đường dây nóng".
- Non-articles: the home page, ``/gioi-thieu/`` and its three child pages, ``/van-ban/`` (a
  table of documents linking PDFs), ``/thu-vien-anh/`` and one album page, ``/lien-he/``
  (UserDefinedForm), author profiles, month archives, ``/Security/login`` and
  ``/Security/lostpassword``; ``/tin-tuc/rss`` (ten newest) and ``/sitemap.xml`` (googlesitemaps
  index, announced in robots.txt) list the posts too.

Traps and hard cases:
- ``?stage=Stage``: the vendor set ``draft_site_secured: false``, so anyone may read the draft
  stage. Such a page answers 200 with the "Bạn đang xem bản nháp" banner, and every internal
  link on it carries ``?stage=Stage`` (SS4's VersionedStateExtension), so the whole site exists
  a second time. Two posts have a different draft text, and the draft listings show an
  unpublished post whose live URL is a 404. The way in: an editor pasted a preview link
  (``…/?stage=Stage``) into a post's text.
- The blog's month archive: every month answers 200 (empty ones print "Không có bài viết"); an
  archive page links "‹ Tháng trước" back to 01/2015 (the site's first month) and "Tháng sau ›"
  up to the current month, and the sidebar's "Các tháng trước" select lists every month back
  to 2015. Tag pages, profile pages and ``?start=0`` duplicate listings.
- ``?flush=1`` pasted into one post's link; ``/tin-tuc/<slug>`` (no slash) reached by a
  *relative* link ``tin-tuc/<slug>`` written by the old SS3 editor, which resolves only
  against ``<base href>`` (against the page URL it is a 404). Both are ``alt_paths``.

Gold (by hand). Articles are the fourteen published blog posts; everything above is not.
- published_at: the day printed in the meta line plus the time of its tooltip; two posts were
  scheduled as a bare day (tooltip "00:00"), so they give the day alone. "Cập nhật lần cuối",
  the feed's and sitemap's times and dates inside the text are not the publication date.
- authors: a signature in the text wins ("Tin, ảnh: X", "Bài và ảnh: X", "Tin: X - Ảnh: Y", a
  bold right-aligned "ThS. X – Phòng Khảo thí …" or "GV. X - Trường …": titles and the unit
  after the dash dropped, a bare bold name above "Nguồn: …"). When nothing signs the text, the
  meta line's profile name is the author, an office ("Phòng Giáo dục Trung học", "Văn phòng
  Sở") included and a degree stripped ("ThS. Trần Đình Phúc"), plus the free-text second name;
  "Quản trị viên" credits nobody. A signature of another person replaces the office account
  that posted it. The commenter is nobody's author.
- photographers: "ảnh" in a signature, or a last line "Ảnh: Lê Phước Tài".
- source: "Nguồn: Báo Quảng Trị".
- summary: ``div.post-summary``; it is also the body's first paragraph. One post repeats its
  summary as the first paragraph of the text: the body has it once.
- category: the category the meta line names (the breadcrumb names only the blog holder).
- body: the text's paragraphs, ``h3`` headings and list items in order; a table row is one
  paragraph with its cells joined by " | "; captions, bylines, the "Nguồn:" line, attachments,
  tags, the comment and "Bài viết khác" are not body.
- images: the featured image first (caption None: its alt is a file title), then the text's
  images; a caption is ``p.caption`` or the centred italic line, without a leading "Ảnh:"
  label and without wrapping parentheses; an image with nothing under it has caption None.
Encodings: UTF-8 everywhere; one post's text is decomposed (NFD, pasted from Word), gold NFC.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "silverstripe_sgddt"
PLATFORM = "silverstripe4"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
SHORT = "Sở GD&ĐT Quảng Trị"
BLOG = "/tin-tuc/"
UP = "/assets/Uploads"
THEME = "/_resources/themes/sgdqt"
PER_PAGE = 3
TODAY_DATE = date(2026, 11, 25)
FIRST_MONTH = (2015, 1)
DRAFT_BANNER = "Bạn đang xem bản nháp"
NO_POSTS = "Không có bài viết"

CATS: dict[str, str] = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "Chuyển đổi số",
    "giao-duc-stem": "Giáo dục STEM",
    "thi-tot-nghiep-thpt": "Thi tốt nghiệp THPT",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "boi-duong-giao-vien": "Bồi dưỡng giáo viên",
    "an-toan-truong-hoc": "An toàn trường học",
}


@dataclass(frozen=True)
class Member:
    slug: str
    name: str
    bio: str


MEMBERS: dict[str, Member] = {
    m.slug: m
    for m in (
        Member("phong-giao-duc-trung-hoc", "Phòng Giáo dục Trung học",
               "Tài khoản đăng tin của Phòng Giáo dục Trung học, Sở GD&ĐT."),
        Member("phong-giao-duc-tieu-hoc", "Phòng Giáo dục Tiểu học",
               "Tài khoản đăng tin của Phòng Giáo dục Tiểu học, Sở GD&ĐT."),
        Member("phong-khao-thi-va-quan-ly-chat-luong", "Phòng Khảo thí và Quản lý chất lượng",
               "Phụ trách công tác thi, kiểm định chất lượng giáo dục."),
        Member("van-phong-so", "Văn phòng Sở", "Văn phòng Sở Giáo dục và Đào tạo."),
        Member("nguyen-thi-minh-hang", "Nguyễn Thị Minh Hằng",
               "Chuyên viên Văn phòng Sở, phụ trách Trang thông tin điện tử."),
        Member("tran-dinh-phuc", "ThS. Trần Đình Phúc",
               "Chuyên viên Phòng Giáo dục Trung học, phụ trách chuyển đổi số."),
        Member("quan-tri-vien", "Quản trị viên", "Tài khoản quản trị hệ thống."),
    )
}  # fmt: skip


def _variant(name: str, method: str, *args: int) -> str:
    """SS4's resampled file name: ``name__<Method><base64url(json args)>.ext``."""
    stem, ext = name.rsplit(".", 1)
    raw = base64.b64encode(json.dumps(list(args), separators=(",", ":")).encode()).decode()
    return f"{stem}__{method}{raw.translate(str.maketrans('+/', '~_')).rstrip('=')}.{ext}"


def _img(month: str, name: str, w: int = 600, h: int = 400) -> str:
    return f"{UP}/{month}/{_variant(name, 'ResizedImage', w, h)}"


def _feat(month: str, name: str) -> str:
    return f"{UP}/{month}/{_variant(name, 'Fill', 800, 450)}"


def _title_of(src: str) -> str:
    """The File title SilverStripe derives from a file name (the featured image's alt)."""
    stem = src.rsplit("/", 1)[1].split("__", 1)[0]
    return stem.replace("-", " ").replace("_", " ").capitalize()


# Story.opts: when (datetime; 00:00 = scheduled as a day), edited (LastEdited), member (MEMBERS
# key), also (free-text AuthorNames), tags, nfd, files [(href, label, size)], comment
# (name, when, text), draft {"title"?, "replace": (old, new)?, "add": str?}, dup_lead.
# Img styles: featured (p.post-image above the text), cap (captionImage centred), capleft
# (captionImage leftAlone), plain (no line under it), em (a hand-typed centred italic line).
# P styles: "", h3, li, th/tr (table rows, cells " | "), nbsp, "link:<href>|<phrase>".
STORIES: list[Story] = [
    Story(
        id=412,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-cap-thpt",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn cấp THPT",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T15:40:00+07:00",
        summary=(
            "Ngày 23/11, tại Trường THPT Đông Hà, Sở GD&ĐT tổ chức hội thảo chuyên đề “Dạy học"
            " đọc hiểu văn bản theo thể loại trong Chương trình Ngữ văn 2018” với sự tham gia"
            " của hơn 120 giáo viên Ngữ văn các trường THPT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(_feat("2026/11", "hoi-thao-ngu-van-thpt-1.jpg"), style="featured"),
            P(
                "Tại hội thảo, các đại biểu đã dự hai tiết dạy minh họa lớp 10 và lớp 11 do giáo"
                " viên Trường THPT Đông Hà và Trường THPT chuyên Lê Quý Đôn thực hiện. Các tiết"
                " dạy chú trọng tổ chức cho học sinh đọc, thảo luận nhóm và tự rút ra đặc trưng"
                " của thể loại thay vì nghe giảng một chiều."
            ),
            Img(
                _img("2026/11", "hoi-thao-ngu-van-thpt-2.jpg"),
                "Tiết dạy minh họa bài “Thần Trụ Trời” của lớp 10A2, Trường THPT Đông Hà",
                "Tiết dạy minh họa bài “Thần Trụ Trời” của lớp 10A2, Trường THPT Đông Hà",
                "cap",
            ),
            P("Những vấn đề được trao đổi", "h3"),
            P(
                "Giáo viên tập trung thảo luận cách thiết kế câu hỏi đọc hiểu theo các mức độ"
                " nhận biết, thông hiểu, vận dụng; cách lựa chọn ngữ liệu ngoài sách giáo khoa"
                " cho đề kiểm tra định kỳ và việc đánh giá bài viết của học sinh theo bảng kiểm."
            ),
            P(
                "Nhiều ý kiến cho rằng khó khăn lớn nhất hiện nay là thời lượng một tiết học"
                " không đủ để học sinh vừa đọc văn bản dài vừa thực hành; các tổ chuyên môn cần"
                " mạnh dạn điều chỉnh kế hoạch dạy học, giao phần đọc trước ở nhà."
            ),
            P(
                "Kết luận hội thảo, đại diện Phòng Giáo dục Trung học đề nghị các trường tổ"
                " chức sinh hoạt chuyên môn theo nghiên cứu bài học ít nhất một lần mỗi tháng và"
                " chia sẻ các kế hoạch bài dạy tốt lên kho học liệu số của ngành."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "when": datetime(2026, 11, 24, 15, 40),
            "edited": datetime(2026, 11, 25, 8, 5),
            "member": "phong-giao-duc-trung-hoc",
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=409,
        slug="gap-mat-ton-vinh-nha-giao-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt, tôn vinh nhà giáo nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 86 nhà giáo tiêu biểu năm học"
            " 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(_feat("2026/11", "gap-mat-20-11-2026.jpg"), style="featured"),
            P(
                "Dự buổi gặp mặt có lãnh đạo UBND tỉnh, đại diện các sở, ngành, các thế hệ nhà"
                " giáo đã nghỉ hưu và cán bộ, giáo viên tiêu biểu của các trường học trong tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 1.246 giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp tỉnh; 97,8% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục"
                " 2019. Đội ngũ nhà giáo đã vượt qua nhiều khó khăn sau đợt mưa lũ cuối năm"
                " 2025 để ổn định việc dạy và học.",
                "nbsp",
            ),
            Img(
                _img("2026/11", "tuyen-duong-nha-giao-tieu-bieu.jpg"),
                "Ảnh: Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "cap",
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng"
                " góp của đội ngũ nhà giáo và đề nghị ngành tiếp tục quan tâm chăm lo đời sống"
                " giáo viên vùng khó, nhất là giáo viên cắm bản ở các huyện miền núi phía tây."
            ),
            Img(
                _img("2026/11", "nha-giao-huu-tri-20-11.jpg"),
                "(Các thế hệ nhà giáo chụp ảnh lưu niệm)",
                "Các thế hệ nhà giáo chụp ảnh lưu niệm",
                "cap",
            ),
            P(
                "Dịp này, Công đoàn ngành trao 40 suất quà cho giáo viên có hoàn cảnh khó khăn,"
                " mỗi suất trị giá 2 triệu đồng."
            ),
        ],
        authors=["Nguyễn Thị Minh Hằng", "Hồ Văn Lợi"],
        opts={
            "when": datetime(2026, 11, 20, 10, 15),
            "edited": datetime(2026, 11, 20, 16, 2),
            "member": "nguyen-thi-minh-hang",
            "also": "Hồ Văn Lợi",
            "tags": ["ngay-nha-giao-viet-nam"],
            "comment": (
                "Trần Văn Bình",
                "20/11/2026 19:42",
                "Xin chúc mừng các thầy cô giáo nhân ngày 20/11. Mong Sở tiếp tục quan tâm đến"
                " giáo viên hợp đồng ở các trường mầm non.",
            ),
        },
    ),
    Story(
        id=407,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-18T16:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 2315/KH-SGDĐT ngày 25/9/2026 của Sở GD&ĐT, Sở thông báo"
                " lịch thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 - 2027 như"
                " sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giờ bắt đầu", "th"),
            P("08/12/2026 | Chiều | Khai mạc, làm thủ tục dự thi | 14 giờ 00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh | 7 giờ 30", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 7 giờ 30",
                "tr",
            ),
            P("Địa điểm và yêu cầu đối với thí sinh", "h3"),
            P("Địa điểm thi: Trường THPT chuyên Lê Quý Đôn, phường Đông Hà.", "li"),
            P(
                "Thí sinh có mặt trước giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ học sinh.",
                "li",
            ),
            P("Không mang điện thoại di động, thiết bị thu phát vào phòng thi.", "li"),
            P(
                "Các đơn vị có học sinh dự thi gửi danh sách đội tuyển về Sở (qua Phòng Khảo thí"
                " và Quản lý chất lượng) trước ngày 30/11/2026."
            ),
        ],
        authors=["Phòng Khảo thí và Quản lý chất lượng"],
        opts={
            "when": datetime(2026, 11, 18, 16, 0),
            "member": "phong-khao-thi-va-quan-ly-chat-luong",
            "tags": ["hoc-sinh-gioi"],
            "files": [
                (
                    f"{UP}/van-ban/2026/TB-lich-thi-HSG-lop-12-2026-2027.pdf",
                    "TB-lich-thi-HSG-lop-12-2026-2027.pdf",
                    "214 KB",
                )
            ],
        },
    ),
    Story(
        id=404,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Từ ngày 11 đến 13/11, Sở GD&ĐT tổ chức tập huấn ứng dụng trí tuệ nhân tạo (AI)"
            " trong thiết kế bài dạy và kiểm tra, đánh giá cho 180 giáo viên cốt cán cấp THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được hướng dẫn sử dụng một số công cụ AI để soạn câu hỏi trắc nghiệm,"
                " xây dựng phiếu học tập, tạo hình ảnh minh họa và phân tích kết quả bài kiểm tra"
                " của học sinh; đồng thời được lưu ý về bản quyền, tính chính xác của thông tin"
                " và việc bảo vệ dữ liệu cá nhân của học sinh."
            ),
            Img(
                _img("2026/11", "tap-huan-ai-thcs.jpg"),
                "Ảnh: Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "capleft",
            ),
            P(
                "Nội dung tập huấn nối tiếp chương trình bồi dưỡng về trường học số mà ngành đã"
                " triển khai từ năm 2021.",
                "link:/tin-tuc/so-ket-5-nam-trien-khai-mo-hinh-truong-hoc-so/?flush=1|trường học số",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán xây dựng ít nhất hai kế hoạch bài dạy có ứng"
                " dụng AI, báo cáo về Phòng Giáo dục Trung học trước ngày 15/12/2026 để tổng hợp,"
                " chia sẻ trên kho học liệu số."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Lê Văn Sơn</strong></p>'),
        ],
        authors=["Lê Văn Sơn"],
        photographers=["Lê Văn Sơn"],
        opts={
            "when": datetime(2026, 11, 14, 8, 30),
            "member": "phong-giao-duc-trung-hoc",
            "tags": ["chuyen-doi-so", "boi-duong-giao-vien"],
        },
    ),
    Story(
        id=401,
        slug="hoc-sinh-quang-tri-gianh-3-huy-chuong-olympic-tin-hoc-mien-trung-tay-nguyen",
        title="Học sinh Quảng Trị giành 3 huy chương tại Olympic Tin học Miền Trung - Tây Nguyên",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            P(
                "Tại kỳ thi Olympic Tin học Miền Trung - Tây Nguyên lần thứ VIII tổ chức tại"
                " Trường Đại học Sư phạm - Đại học Đà Nẵng từ ngày 7 đến 9/11, đội tuyển học sinh"
                " tỉnh Quảng Trị giành 1 huy chương Bạc và 2 huy chương Đồng."
            ),
            Img(_img("2026/11", "z6021457788312_5b1e0c9d7a.jpg"), None, None, "plain"),
            P(
                "Em Nguyễn Hoàng Phúc, học sinh lớp 11 Tin, Trường THPT chuyên Lê Quý Đôn giành"
                " huy chương Bạc ở bảng chuyên Tin. Hai huy chương Đồng thuộc về các em Lê Minh"
                " Khôi và Trần Gia Bảo."
            ),
            P(
                "Kỳ thi năm nay có 412 thí sinh của 23 trường đại học và 11 tỉnh, thành phố tham"
                " gia. Đây là năm thứ ba liên tiếp đội tuyển Quảng Trị có học sinh đoạt huy"
                " chương tại kỳ thi này."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thanh Hải</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Quảng Trị</em></p>'
            ),
        ],
        authors=["Thanh Hải"],
        source="Báo Quảng Trị",
        opts={
            "when": datetime(2026, 11, 12, 0, 0),
            "member": "quan-tri-vien",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=398,
        slug="kiem-tra-cong-tac-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc-mien-nui",
        title="Kiểm tra công tác dạy học 2 buổi/ngày tại các trường tiểu học miền núi",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-09T14:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 3 đến 6/11, đoàn kiểm tra của Sở GD&ĐT đã làm việc tại 9 trường tiểu"
                " học thuộc các xã Hướng Phùng, Hướng Lập, Tà Rụt và A Dơi về việc tổ chức dạy"
                " học 2 buổi/ngày và bán trú cho học sinh."
            ),
            Img(
                _img("2026/11", "kiem-tra-tieu-hoc-huong-phung.jpg"),
                "Đoàn kiểm tra dự giờ lớp 2A, Trường Tiểu học Hướng Phùng",
                "Đoàn kiểm tra dự giờ lớp 2A, Trường Tiểu học Hướng Phùng",
                "cap",
            ),
            P("Qua kiểm tra, đoàn ghi nhận:"),
            P("100% trường được kiểm tra đã bố trí đủ 7 buổi học/tuần theo kế hoạch.", "li"),
            P("Tỷ lệ học sinh ăn bán trú tại trường đạt 82%, tăng 9% so với năm học trước.", "li"),
            P("Một số điểm trường lẻ còn thiếu phòng học bộ môn và nhà vệ sinh đạt chuẩn.", "li"),
            Img(_img("2026/11", "bua-an-ban-tru-ta-rut.jpg"), None, None, "plain"),
            P(
                "Đoàn đề nghị các trường tăng cường tiếng Việt cho học sinh dân tộc thiểu số"
                " trong buổi học thứ hai, tổ chức các hoạt động đọc sách, câu lạc bộ thay cho"
                " việc dạy thêm kiến thức."
            ),
        ],
        authors=["Phòng Giáo dục Tiểu học"],
        opts={
            "when": datetime(2026, 11, 9, 14, 20),
            "member": "phong-giao-duc-tieu-hoc",
            "tags": ["an-toan-truong-hoc"],
            "nfd": True,
        },
    ),
    Story(
        id=395,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-05T09:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo tuyển dụng 64 chỉ tiêu viên chức giảng dạy tại"
            " các trường THPT, trung tâm GDNN-GDTX trực thuộc Sở năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Điều kiện đăng ký dự tuyển", "h3"),
            P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, từ đủ 18 tuổi trở lên.", "li"),
            P("Có bằng tốt nghiệp đại học sư phạm phù hợp với vị trí việc làm.", "li"),
            P("Có đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "li"),
            P("Hồ sơ và thời gian nhận hồ sơ", "h3"),
            P(
                "Người đăng ký dự tuyển nộp Phiếu đăng ký theo mẫu tại Văn phòng Sở, số 2 Hùng"
                " Vương, phường Đông Hà, từ ngày 06/11/2026 đến hết ngày 05/12/2026 (trong giờ"
                " hành chính)."
            ),
            P(
                "Chỉ tiêu cụ thể theo từng trường và môn học được đăng kèm thông báo này và niêm"
                " yết công khai tại trụ sở Sở Giáo dục và Đào tạo."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 5, 9, 0),
            "edited": datetime(2026, 11, 6, 7, 48),
            "member": "van-phong-so",
            "files": [
                (
                    f"{UP}/van-ban/2026/TB-tuyen-dung-vien-chuc-2026.pdf",
                    "TB-tuyen-dung-vien-chuc-2026.pdf",
                    "388 KB",
                ),
                (
                    f"{UP}/van-ban/2026/Phieu-dang-ky-du-tuyen.pdf",
                    "Phieu-dang-ky-du-tuyen.pdf",
                    "96 KB",
                ),
            ],
            "draft": {"replace": ("đến hết ngày 05/12/2026", "đến hết ngày 12/12/2026")},
        },
    ),
    Story(
        id=392,
        slug="hoi-nghi-trien-khai-cong-tac-thi-tot-nghiep-thpt-nam-2027",
        title="Hội nghị triển khai công tác thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T15:10:00+07:00",
        summary=(
            "Chiều 29/10, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai công tác chuẩn bị"
            " cho Kỳ thi tốt nghiệp THPT năm 2027 tới 46 điểm cầu các trường THPT và trung tâm"
            " GDNN-GDTX."
        ),
        sapo_outside=True,
        blocks=[
            Img(_feat("2026/10", "hoi-nghi-thi-tn-thpt-2027.jpg"), style="featured"),
            P(
                "Năm 2027 là năm thứ ba Kỳ thi tốt nghiệp THPT tổ chức theo Chương trình giáo dục"
                " phổ thông 2018, thí sinh thi 4 môn gồm Toán, Ngữ văn và 2 môn tự chọn. Dự kiến"
                " toàn tỉnh có khoảng 8.900 thí sinh dự thi."
            ),
            P(
                "Hội nghị quán triệt các trường rà soát, tư vấn cho học sinh lựa chọn môn thi phù"
                " hợp với năng lực và nguyện vọng xét tuyển; xây dựng kế hoạch ôn tập theo định"
                " dạng đề minh họa của Bộ GD&ĐT; bảo đảm học sinh được làm quen với hình thức thi"
                " trên máy tính đối với các môn thí điểm."
            ),
            Img(
                _img("2026/10", "diem-cau-thpt-huong-hoa.jpg"),
                "Điểm cầu Trường THPT Hướng Hóa tham dự hội nghị",
                "Điểm cầu Trường THPT Hướng Hóa tham dự hội nghị",
                "cap",
            ),
            P(
                "Sở yêu cầu các đơn vị hoàn thành cập nhật dữ liệu học sinh lớp 12 trên hệ thống"
                " quản lý thi trước ngày 31/12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Võ Thị Thanh Hương – Phòng Khảo thí'
                " và Quản lý chất lượng</strong></p>"
            ),
        ],
        authors=["Võ Thị Thanh Hương"],
        opts={
            "when": datetime(2026, 10, 30, 15, 10),
            "member": "phong-khao-thi-va-quan-ly-chat-luong",
            "tags": ["thi-tot-nghiep-thpt"],
        },
    ),
    Story(
        id=388,
        slug="ngay-hoi-stem-hoc-sinh-tinh-quang-tri-lan-thu-ii",
        title="Ngày hội STEM học sinh tỉnh Quảng Trị lần thứ II",
        cat="tin-tuc-su-kien",
        published_at="2026-10-26T07:45:00+07:00",
        summary=(
            "Ngày 24 và 25/10, tại Quảng trường Lê Duẩn, Sở GD&ĐT phối hợp với Tỉnh đoàn tổ"
            " chức Ngày hội STEM học sinh tỉnh Quảng Trị lần thứ II năm 2026."
        ),
        blocks=[
            Img(_feat("2026/10", "ngay-hoi-stem-2026.jpg"), style="featured"),
            P(
                "Ngày 24 và 25/10, tại Quảng trường Lê Duẩn, Sở GD&ĐT phối hợp với Tỉnh đoàn tổ"
                " chức Ngày hội STEM học sinh tỉnh Quảng Trị lần thứ II năm 2026."
            ),
            P(
                "Ngày hội có 58 gian trưng bày của các trường tiểu học, THCS và THPT với hơn 300"
                " sản phẩm STEM, robot và mô hình khoa học kỹ thuật. Học sinh được trực tiếp trải"
                " nghiệm lắp ráp robot, lập trình điều khiển thiết bị và thí nghiệm khoa học vui."
            ),
            Img(
                _img("2026/10", "robot-thcs-nguyen-du.jpg"),
                "Học sinh Trường THCS Nguyễn Du giới thiệu mô hình robot phân loại rác",
                "Học sinh Trường THCS Nguyễn Du giới thiệu mô hình robot phân loại rác",
                "em",
            ),
            P(
                "Ban tổ chức đã trao 6 giải Nhất, 10 giải Nhì, 15 giải Ba cho các sản phẩm xuất"
                " sắc. Sản phẩm “Hệ thống cảnh báo lũ sớm cho điểm trường” của Trường THPT Hải"
                " Lăng được đánh giá cao về tính ứng dụng thực tiễn."
            ),
            Img(
                _img("2026/10", "trao-giai-stem-2026.jpg"),
                "Trao giải Nhất cho các nhóm học sinh",
                "Trao giải Nhất cho các nhóm học sinh",
                "cap",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Lê Phước Tài</em></p>'),
        ],
        authors=["Nguyễn Thị Minh Hằng"],
        photographers=["Lê Phước Tài"],
        opts={
            "when": datetime(2026, 10, 26, 7, 45),
            "member": "nguyen-thi-minh-hang",
            "tags": ["giao-duc-stem"],
            "dup_lead": True,
        },
    ),
    Story(
        id=385,
        slug="boi-duong-giao-vien-cot-can-mo-dun-kiem-tra-danh-gia-hoc-sinh-tieu-hoc",
        title="Bồi dưỡng giáo viên cốt cán mô đun kiểm tra, đánh giá học sinh tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21",
        blocks=[
            P(
                "Thực hiện kế hoạch bồi dưỡng thường xuyên năm học 2026 - 2027, Sở GD&ĐT tổ chức"
                " lớp bồi dưỡng mô đun “Kiểm tra, đánh giá học sinh tiểu học theo hướng phát"
                " triển phẩm chất, năng lực” cho 150 giáo viên cốt cán."
            ),
            P(
                "Lớp học gồm 3 ngày trực tiếp và 2 tuần tự học trên hệ thống bồi dưỡng trực"
                " tuyến. Giáo viên thực hành xây dựng ma trận đề kiểm tra định kỳ, viết nhận xét"
                " thường xuyên bằng lời và bằng văn bản, tránh nhận xét chung chung."
            ),
            P(
                "Nội dung được thống nhất với định hướng nêu trong kế hoạch nhiệm vụ giáo dục"
                " năm học của Sở.",
                "link:tin-tuc/trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027|kế hoạch nhiệm vụ giáo dục",
            ),
            P(
                "Các văn bản hướng dẫn đánh giá học sinh tiểu học được đăng tại chuyên mục Văn"
                " bản của trang thông tin.",
                "link:van-ban/|chuyên mục Văn bản",
            ),
            Raw(
                '<p style="text-align: right;"><strong>GV. Trần Thị Kim Oanh - Trường Tiểu học'
                " số 1 Hải Lăng</strong></p>"
            ),
        ],
        authors=["Trần Thị Kim Oanh"],
        opts={
            "when": datetime(2026, 10, 21, 0, 0),
            "member": "phong-giao-duc-tieu-hoc",
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=381,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-10",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 10",
        cat="thong-bao",
        published_at="2026-10-15T10:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện của Chủ tịch UBND tỉnh về việc ứng phó với bão số 10, Sở"
                " Giáo dục và Đào tạo thông báo cho học sinh các cấp học trên địa bàn tỉnh nghỉ"
                " học ngày 16/10/2026."
            ),
            P(
                "Thủ trưởng các đơn vị chủ động chằng chống, gia cố trường lớp, di chuyển thiết"
                " bị, hồ sơ lên nơi cao ráo; phân công trực 24/24 giờ và báo cáo thiệt hại (nếu"
                " có) về Văn phòng Sở qua số điện thoại đường dây nóng."
            ),
            P(
                "Lịch đi học trở lại sẽ được Sở thông báo sau khi bão tan và các trường bảo đảm"
                " an toàn cho học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 15, 10, 30),
            "member": "quan-tri-vien",
            "tags": ["an-toan-truong-hoc"],
        },
    ),
    Story(
        id=377,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T16:25:00+07:00",
        blocks=[
            Img(_feat("2026/10", "khai-mac-gvdg-thcs.jpg"), style="featured"),
            P(
                "Sáng 8/10, tại Trường THCS Nguyễn Trãi, Sở GD&ĐT khai mạc Hội thi giáo viên dạy"
                " giỏi cấp tỉnh bậc THCS năm học 2026 - 2027 với 214 giáo viên của 8 môn học"
                " tham gia."
            ),
            P(
                "Hội thi được tổ chức theo tinh thần các nhiệm vụ năm học mà Sở đã triển khai,"
                " mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và dạy một"
                " tiết thực hành.",
                "link:/tin-tuc/trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027/?stage=Stage|các nhiệm vụ năm học",
            ),
            Img(
                _img("2026/10", "giao-vien-boc-tham-tiet-day.jpg"),
                "Giáo viên bốc thăm tiết dạy thực hành",
                "Giáo viên bốc thăm tiết dạy thực hành",
                "cap",
            ),
            P(
                "Kết quả hội thi là căn cứ để công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh và"
                " lựa chọn giáo viên cốt cán của ngành trong giai đoạn tới. Hội thi kéo dài đến"
                " hết ngày 17/10."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Phan Thị Ngọc Ánh - Ảnh: Nguyễn Hữu'
                " Khang</strong></p>"
            ),
        ],
        authors=["Phan Thị Ngọc Ánh"],
        photographers=["Nguyễn Hữu Khang"],
        opts={
            "when": datetime(2026, 10, 8, 16, 25),
            "member": "van-phong-so",
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=373,
        slug="so-ket-5-nam-trien-khai-mo-hinh-truong-hoc-so",
        title="Sơ kết 5 năm triển khai mô hình trường học số",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-29T09:40:00+07:00",
        blocks=[
            Img(_feat("2026/09", "so-ket-truong-hoc-so.jpg"), style="featured"),
            P(
                "Sau 5 năm triển khai (2021 - 2026), 100% trường phổ thông trong tỉnh đã sử dụng"
                " sổ điểm điện tử, học bạ số; 78% trường có phòng học thông minh hoặc phòng học"
                " trực tuyến; các thủ tục chuyển trường, cấp bản sao văn bằng được giải quyết trên"
                " Cổng dịch vụ công."
            ),
            P(
                "Tuy nhiên, hạ tầng mạng ở các trường miền núi còn yếu, nhiều giáo viên lớn tuổi"
                " còn lúng túng khi khai thác học liệu số. Một số phần mềm quản lý chưa kết nối"
                " được với cơ sở dữ liệu của ngành."
            ),
            Img(
                _img("2026/09", "phong-hoc-thong-minh-thpt-dong-ha.jpg"),
                "Phòng học thông minh của Trường THPT Đông Hà",
                "Phòng học thông minh của Trường THPT Đông Hà",
                "capleft",
            ),
            P(
                "Giai đoạn 2026 - 2030, ngành đặt mục tiêu 100% trường học có hạ tầng mạng đáp"
                " ứng dạy học trực tuyến và mỗi giáo viên có tài khoản trên kho học liệu số dùng"
                " chung của tỉnh."
            ),
        ],
        authors=["Trần Đình Phúc"],
        opts={
            "when": datetime(2026, 9, 29, 9, 40),
            "edited": datetime(2026, 10, 2, 10, 11),
            "member": "tran-dinh-phuc",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=370,
        slug="trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-18T14:00:00+07:00",
        summary=(
            "Ngày 17/9, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục trung học năm"
            " học 2026 - 2027 cho hiệu trưởng các trường THCS, THPT trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, giáo dục trung học tập trung thực hiện hiệu quả Chương"
                " trình giáo dục phổ thông 2018, đổi mới kiểm tra, đánh giá; tăng cường giáo dục"
                " STEM, giáo dục hướng nghiệp và phân luồng học sinh sau THCS."
            ),
            P("Một số chỉ tiêu chủ yếu", "h3"),
            P("Tỷ lệ học sinh THCS bỏ học dưới 0,5%; THPT dưới 1%.", "li"),
            P("Ít nhất 40% học sinh tốt nghiệp THCS theo học giáo dục nghề nghiệp.", "li"),
            P("100% trường trung học tổ chức dạy học STEM theo kế hoạch.", "li"),
            P(
                "Hội nghị cũng dành thời gian thảo luận về việc bảo đảm đủ giáo viên các môn Tin"
                " học, Công nghệ, Nghệ thuật và tổ chức dạy học 2 buổi/ngày ở cấp THCS tại những"
                " nơi có điều kiện."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "when": datetime(2026, 9, 18, 14, 0),
            "member": "phong-giao-duc-trung-hoc",
            "tags": ["giao-duc-stem"],
            "draft": {
                "add": "Nội dung chi tiết các chỉ tiêu đang được Phòng Giáo dục Trung học cập"
                " nhật theo văn bản chính thức.",
            },
        },
    ),
]

#: a post that exists only on the draft stage: listed on ``?stage=Stage`` listings, 404 live
DRAFT_ONLY = Story(
    id=415,
    slug="du-thao-ke-hoach-hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-xii-nam-2027",
    title="Dự thảo Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII năm 2027",
    cat="thong-bao",
    published_at=None,
    blocks=[
        P(
            "Sở GD&ĐT dự kiến tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XII vào tháng 4/2027"
            " với 12 môn thi đấu. Dự thảo đang lấy ý kiến các đơn vị."
        )
    ],
    opts={"when": datetime(2026, 11, 25, 7, 30), "member": "van-phong-so", "tags": []},
)

_BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def post_path(s: Story) -> str:
    return f"{BLOG}{s.slug}/"


def posts(stage: bool = False) -> list[Story]:
    return [DRAFT_ONLY, *LATEST] if stage else LATEST


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        post_path(s),
        CATS[s.cat],
        alt_paths=[post_path(s).rstrip("/"), post_path(s) + "?flush=1"],
    )
    for s in LATEST
]


@dataclass(frozen=True)
class Doc:
    number: str
    issued: date
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc("2480/SGDĐT-GDTrH", date(2026, 11, 20), "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        f"{UP}/van-ban/2026/2480-SGDDT-GDTrH.pdf"),
    Doc("2315/KH-SGDĐT", date(2026, 9, 25), "Kế hoạch tổ chức thi chọn học sinh giỏi cấp tỉnh năm học 2026 - 2027",
        f"{UP}/van-ban/2026/2315-KH-SGDDT.pdf"),
    Doc("1987/SGDĐT-GDTH", date(2026, 9, 5), "Hướng dẫn đánh giá học sinh tiểu học năm học 2026 - 2027",
        f"{UP}/van-ban/2026/1987-SGDDT-GDTH.pdf"),
    Doc("1850/QĐ-SGDĐT", date(2026, 8, 28), "Quyết định ban hành kế hoạch thời gian năm học 2026 - 2027",
        f"{UP}/van-ban/2026/1850-QD-SGDDT.pdf"),
    Doc("1702/SGDĐT-VP", date(2026, 8, 12), "V/v thực hiện quy tắc ứng xử trong cơ sở giáo dục",
        f"{UP}/van-ban/2026/1702-SGDDT-VP.pdf"),
]  # fmt: skip

#: static pages: path -> (title, parent path or None, paragraphs)
PAGES: dict[str, tuple[str, str | None, list[str]]] = {
    "/gioi-thieu/": ("Giới thiệu", None, [
        "Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Toàn tỉnh có hơn 900 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên.",
    ]),
    "/gioi-thieu/chuc-nang-nhiem-vu/": ("Chức năng, nhiệm vụ", "/gioi-thieu/", [
        "Sở GD&ĐT tham mưu, giúp UBND tỉnh quản lý nhà nước về chương trình, nội dung giáo dục,"
        " tiêu chuẩn nhà giáo, cơ sở vật chất, thiết bị trường học, văn bằng, chứng chỉ.",
    ]),
    "/gioi-thieu/co-cau-to-chuc/": ("Cơ cấu tổ chức", "/gioi-thieu/", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài"
        " chính; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng"
        " Khảo thí và Quản lý chất lượng.",
    ]),
    "/gioi-thieu/lanh-dao-so/": ("Lãnh đạo Sở", "/gioi-thieu/", [
        "Giám đốc Sở: phụ trách chung, trực tiếp chỉ đạo công tác tổ chức cán bộ, thanh tra.",
        "Các Phó Giám đốc: phụ trách các lĩnh vực theo phân công của Giám đốc Sở.",
    ]),
}  # fmt: skip

ALBUM = "/thu-vien-anh/hoi-thi-giao-vien-day-gioi-thcs-2026/"
ALBUM_PHOTOS = [
    ("2026/10", "album-gvdg-1.jpg", "Lễ khai mạc hội thi"),
    ("2026/10", "album-gvdg-2.jpg", "Giáo viên môn Toán dạy thực hành"),
    ("2026/10", "album-gvdg-3.jpg", "Ban giám khảo chấm biện pháp"),
]

_MONTHS_WITH_POSTS = sorted(
    {(s.opts["when"].year, s.opts["when"].month) for s in LATEST}, reverse=True
)


def _paged(path: str, count: int) -> list[str]:
    """A listing's pages as its pager links them (page 1 also as ``?start=0``, left out here)."""
    return [path, *(f"{path}?start={n}" for n in range(PER_PAGE, count, PER_PAGE))]


NON_ARTICLES: list[str] = [
    "/",
    *_paged(BLOG, len(LATEST)),
    *(p for c in CATS for p in _paged(f"{BLOG}category/{c}", sum(s.cat == c for s in LATEST))),
    *(
        p
        for t in TAGS
        for p in _paged(f"{BLOG}tag/{t}", sum(t in s.opts.get("tags", []) for s in LATEST))
    ),
    *(
        p
        for y, m in _MONTHS_WITH_POSTS
        for p in _paged(
            f"{BLOG}archive/{y}/{m:02d}",
            sum((s.opts["when"].year, s.opts["when"].month) == (y, m) for s in LATEST),
        )
    ),
    *(
        p
        for k in MEMBERS
        for p in _paged(f"{BLOG}profile/{k}", sum(s.opts["member"] == k for s in LATEST))
    ),
    *PAGES,
    "/van-ban/",
    "/thu-vien-anh/",
    ALBUM,
    "/lien-he/",
    "/Security/login",
    "/Security/lostpassword",
]


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Ctx:
    base: str
    stage: bool = False

    def link(self, path: str, **params: object) -> str:
        """A link as SilverStripe prints it: the draft stage carried along, ``&amp;`` escaped."""
        query = ([("stage", "Stage")] if self.stage else []) + [
            (k, str(v)) for k, v in params.items()
        ]
        if not query:
            return path
        return path + "?" + "&amp;".join(f"{k}={quote(v)}" for k, v in query)


def _t(value: str, s: Story | None = None) -> str:
    out = esc(value)
    if s is not None and s.opts.get("nfd"):
        out = unicodedata.normalize("NFD", out)
    return out


def _vn_day(d: date | datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _words(s: Story) -> int:
    return sum(len(p.split()) for p in s.paragraphs)


def _draft_blocks(s: Story) -> list:
    draft = s.opts.get("draft", {})
    blocks = list(s.blocks)
    if "replace" in draft:
        old, new = draft["replace"]
        blocks = [P(b.text.replace(old, new), b.style) if isinstance(b, P) else b for b in blocks]
    if "add" in draft:
        blocks.append(P(draft["add"]))
    return blocks


def _img_tag(src: str, cls: str, w: int = 600, h: int = 400, alt: str = "") -> str:
    return (
        f'<img width="{w}" height="{h}" alt="{esc(alt)}" src="{esc(src)}" loading="lazy"'
        f' class="{cls} ss-htmleditorfield-file image">'
    )


def _typography(s: Story, ctx: Ctx) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(f"<td><strong>{_t(c, s)}</strong></td>" for c in cells)
                else:
                    tds = "".join(f"<td>{_t(c, s)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
                + "\n".join(trs)
                + "</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>\n" + "\n".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "\n</ul>")
            items.clear()

    blocks = _draft_blocks(s) if ctx.stage else s.blocks
    for b in blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{_t(b.text, s)}</h3>")
            elif b.style == "nbsp":
                out.append("<p>" + _t(b.text, s).replace(". ", ".&nbsp; ", 1) + "</p>")
            elif b.style.startswith("link:"):
                href, phrase = b.style[5:].split("|", 1)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p>{_t(before, s)}<a href="{esc(href)}">{_t(phrase, s)}</a>{_t(after, s)}</p>'
                )
            else:
                out.append(f"<p>{_t(b.text, s)}</p>")
        elif isinstance(b, Img):
            if b.style == "featured":
                continue
            if b.style in ("cap", "capleft"):
                align = "center" if b.style == "cap" else "leftAlone"
                out.append(
                    f'<div class="captionImage {align}" style="width: 600px;">'
                    f"{_img_tag(b.src, align)}"
                    f'<p class="caption {align}">{_t(b.printed or "", s)}</p></div>'
                )
            elif b.style == "plain":
                alt = b.src.rsplit("/", 1)[1].split("__", 1)[0]
                out.append(f"<p>{_img_tag(b.src, 'center', alt=alt)}</p>")
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "center")}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed or "", s)}</em></p>')
    flush()
    return "\n".join(out)


def _meta_line(s: Story, ctx: Ctx) -> str:
    w: datetime = s.opts["when"]
    member = MEMBERS[s.opts["member"]]
    by = f'<a href="{ctx.link(f"{BLOG}profile/{member.slug}")}">{esc(member.name)}</a>'
    if s.opts.get("also"):
        by += f" và {esc(s.opts['also'])}"
    minutes = max(1, round(_words(s) / 200))
    archive = ctx.link(f"{BLOG}archive/{w.year}/{w.month:02d}")
    return (
        '<p class="blog-post-meta">Đăng ngày '
        f'<a href="{archive}" class="post-date" title="{w:%H:%M}, {_dmy(w)}">{_vn_day(w)}</a>'
        f' bởi {by} trong <a href="{ctx.link(f"{BLOG}category/{s.cat}")}" title="{esc(CATS[s.cat])}">'
        f"{esc(CATS[s.cat])}</a>"
        f' <span class="reading-time">· {minutes} phút đọc</span></p>'
    )


def _featured(s: Story) -> str:
    img = next((b for b in s.images if b.style == "featured"), None)
    if img is None:
        return ""
    return (
        f'<p class="post-image"><img width="800" height="450" alt="{esc(_title_of(img.src))}"'
        f' src="{esc(img.src)}" loading="lazy"></p>'
    )


def _summary(s: Story, ctx: Ctx) -> str:
    if not s.summary:
        return ""
    return f'<div class="post-summary"><p>{_t(s.summary, s)}</p></div>'


def _files(s: Story) -> str:
    files = s.opts.get("files") or []
    if not files:
        return ""
    lis = "".join(
        f'<li><a href="{href}" class="file-pdf" target="_blank">{esc(label)}</a> <span class="size">({size})</span></li>'
        for href, label, size in files
    )
    return f'<div class="post-attachments"><h4>Tệp đính kèm</h4><ul>{lis}</ul></div>'


def _tags_line(s: Story, ctx: Ctx) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    links = ", ".join(f'<a href="{ctx.link(f"{BLOG}tag/{t}")}">{esc(TAGS[t])}</a>' for t in tags)
    return f'<div class="post-tags"><span class="label">Thẻ:</span> {links}</div>'


def _share(s: Story, ctx: Ctx) -> str:
    url = quote(ctx.base + post_path(s), safe="")
    return (
        '<div class="post-share"><span>Chia sẻ:</span>'
        f' <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>'
        f' <a class="share-zalo" href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="noopener">Zalo</a>'
        ' <a class="print" href="javascript:window.print();">In bài</a>'
        f' <a class="email" href="mailto:?subject={quote(s.title)}&amp;body={url}">Gửi email</a></div>'
    )


def _related(s: Story, ctx: Ctx) -> str:
    others = [o for o in posts(ctx.stage) if o.cat == s.cat and o.id != s.id][:5]
    if not others:
        return ""
    lis = "".join(
        f'<li><a href="{ctx.link(post_path(o))}">{esc(o.title)}</a> <span class="date">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return f'<div class="related-posts"><h3 class="section-title">Bài viết khác</h3><ul>{lis}</ul></div>'


def _comments(s: Story, ctx: Ctx) -> str:
    c = s.opts.get("comment")
    if c:
        name, when, body = c
        listing = (
            '<h4>Bình luận (1)</h4><ul class="comments-list root-level">'
            f'<li class="comment even first last"><div class="comment" id="comment-{s.id * 3}">'
            f"<p>{esc(body)}</p></div>"
            f'<p class="info"><span class="author">{esc(name)}</span> <span class="date">{when}</span></p></li></ul>'
        )
    else:
        listing = '<h4>Bình luận</h4><p class="no-comments-yet">Chưa có bình luận nào.</p>'
    return (
        f'<div id="comments-holder" class="comments-holder-container">{listing}'
        "<h4>Gửi bình luận</h4>"
        '<form id="CommentsForm_CommentsForm" action="/comments/CommentsForm" method="post">'
        '<div class="field text"><label for="CommentsForm_CommentsForm_Name">Họ và tên</label>'
        '<input type="text" name="Name" id="CommentsForm_CommentsForm_Name" class="text"></div>'
        '<div class="field email"><label for="CommentsForm_CommentsForm_Email">Email (không hiển thị)</label>'
        '<input type="email" name="Email" id="CommentsForm_CommentsForm_Email" class="email text"></div>'
        '<div class="field textarea"><label for="CommentsForm_CommentsForm_Comment">Nội dung</label>'
        '<textarea name="Comment" id="CommentsForm_CommentsForm_Comment" rows="5" cols="20"></textarea></div>'
        f'<input type="hidden" name="ParentID" value="{s.id}">'
        '<input type="hidden" name="ParentClassName" value="SilverStripe\\Blog\\Model\\BlogPost">'
        '<input type="submit" name="action_doPostComment" value="Gửi bình luận" class="action"></form>'
        '<p class="commenting-rss-feed"><a href="/comments/rss">Theo dõi bình luận qua RSS</a></p></div>'
    )


def _post_page(s: Story, ctx: Ctx) -> str:
    title = (s.opts.get("draft") or {}).get("title", s.title) if ctx.stage else s.title
    edited = s.opts.get("edited")
    updated = (
        f'<p class="post-updated">Cập nhật lần cuối: {edited:%d/%m/%Y %H:%M}</p>' if edited else ""
    )
    body = (
        f'<article class="post post-{s.id} blogpost">\n<h1 class="post-title">{esc(title)}</h1>\n'
        f"{_meta_line(s, ctx)}\n{_summary(s, ctx)}\n{_featured(s)}\n"
        f'<div class="typography content">\n{_typography(s, ctx)}\n</div>\n'
        f"{updated}{_files(s)}{_tags_line(s, ctx)}{_share(s, ctx)}\n</article>\n"
        f"{_related(s, ctx)}\n{_comments(s, ctx)}"
    )
    crumbs = _crumbs(ctx, [("Tin tức", BLOG)], title)
    head = (
        f'<meta name="description" content="{esc(s.summary or "")}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(title)}">\n'
        f'<meta property="og:url" content="{ctx.base}{ctx.link(post_path(s))}">\n'
    )
    return _page(
        title, body, ctx, crumbs, head=head, sidebar=_blog_sidebar(ctx), body_class="BlogPost"
    )


# --- chrome ---


def _crumbs(ctx: Ctx, trail: list[tuple[str, str]], last: str) -> str:
    parts = [f'<a href="{ctx.link("/")}" class="breadcrumb-1">Trang chủ</a>']
    for i, (label, href) in enumerate(trail, start=2):
        parts.append(f'<a href="{ctx.link(href)}" class="breadcrumb-{i}">{esc(label)}</a>')
    parts.append(f'<span class="current">{esc(last)}</span>')
    return f'<nav class="breadcrumbs" aria-label="breadcrumb">{" &rsaquo; ".join(parts)}</nav>'


def _menu(ctx: Ctx) -> str:
    kids = "".join(
        f'<li><a href="{ctx.link(p)}">{esc(t)}</a></li>'
        for p, (t, parent, _) in PAGES.items()
        if parent
    )
    cats = "".join(
        f'<li><a href="{ctx.link(f"{BLOG}category/{c}")}">{esc(n)}</a></li>'
        for c, n in CATS.items()
    )
    return (
        '<nav class="main-nav" id="Navigation"><ul class="nav-level-1">'
        f'<li class="link"><a href="{ctx.link("/")}" title="Trang chủ">Trang chủ</a></li>'
        f'<li class="link has-children"><a href="{ctx.link("/gioi-thieu/")}">Giới thiệu</a><ul class="nav-level-2">{kids}</ul></li>'
        f'<li class="section has-children"><a href="{ctx.link(BLOG)}">Tin tức</a><ul class="nav-level-2">{cats}</ul></li>'
        f'<li class="link"><a href="{ctx.link("/van-ban/")}">Văn bản</a></li>'
        f'<li class="link"><a href="{ctx.link("/thu-vien-anh/")}">Thư viện ảnh</a></li>'
        '<li class="link"><a href="https://dichvucong.quangtri.gov.vn" target="_blank">Dịch vụ công</a></li>'
        f'<li class="link"><a href="{ctx.link("/lien-he/")}">Liên hệ</a></li></ul></nav>'
    )


def _header(ctx: Ctx) -> str:
    return (
        '<header class="header" role="banner"><div class="top-bar"><div class="container">'
        f'<span class="today">{TODAY}</span>'
        f'<a class="login-link" href="{ctx.link("/Security/login")}">Đăng nhập</a>'
        '<form id="SearchForm_SearchForm" action="/home/SearchForm" method="get" enctype="application/x-www-form-urlencoded">'
        '<fieldset><div id="Search" class="field text nolabel"><div class="middleColumn">'
        '<input type="text" name="Search" value="" class="text nolabel" id="SearchForm_SearchForm_Search" placeholder="Tìm kiếm...">'
        '</div></div><input type="submit" name="action_results" value="Tìm" class="action" id="SearchForm_SearchForm_action_results">'
        "</fieldset></form></div></div>"
        '<div class="brand container">'
        f'<a href="{ctx.link("/")}" class="brand-logo" rel="home"><img src="{THEME}/images/logo-sgddt.png" alt="Logo"></a>'
        '<div class="brand-name"><span class="brand-top">UBND TỈNH QUẢNG TRỊ</span>'
        f'<span class="brand-main">{SITE.upper()}</span></div></div>'
        f"{_menu(ctx)}</header>"
    )


def _widget(cls: str, title: str, content: str, pos: str = "") -> str:
    return f'<div class="WidgetHolder {cls}{pos}"><h3>{title}</h3>\n{content}\n</div>'


def _all_months(until: tuple[int, int] = (2026, 11)) -> list[tuple[int, int]]:
    out = []
    y, m = until
    while (y, m) >= FIRST_MONTH:
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def _counter() -> str:
    return _widget(
        "VisitorCounterWidget",
        "Lượt truy cập",
        '<ul class="counter"><li>Đang trực tuyến: <strong>27</strong></li>'
        "<li>Hôm nay: <strong>1.482</strong></li><li>Tháng này: <strong>41.376</strong></li>"
        "<li>Tổng lượt truy cập: <strong>2.317.905</strong></li></ul>",
    )


def _banners() -> str:
    return _widget(
        "BannerWidget",
        "Liên kết",
        '<ul class="banners">'
        f'<li><a href="https://moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-moet.png" alt="Bộ Giáo dục và Đào tạo"></a></li>'
        f'<li><a href="https://quangtri.gov.vn" target="_blank"><img src="{THEME}/images/banner-ubnd.png" alt="Cổng TTĐT tỉnh Quảng Trị"></a></li>'
        f'<li><a href="https://csdl.moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-csdl.png" alt="Cơ sở dữ liệu ngành"></a></li></ul>',
    )


def _blog_sidebar(ctx: Ctx) -> str:
    recent = "".join(
        f'<li><a href="{ctx.link(post_path(s))}">{esc(s.title)}</a><span class="date">{_dmy(s.opts["when"])}</span></li>'
        for s in posts(ctx.stage)[:5]
    )
    cats = "".join(
        f'<li><a href="{ctx.link(f"{BLOG}category/{c}")}" title="{esc(n)}"><span class="arrow">&rarr;</span>'
        f'<span class="text">{esc(n)}</span></a></li>'
        for c, n in CATS.items()
    )
    months = "".join(
        f'<li><a href="{ctx.link(f"{BLOG}archive/{y}/{m:02d}")}" title="Tháng {m}, {y}">'
        f'<span class="arrow">&rarr;</span><span class="text">Tháng {m}, {y}</span></a></li>'
        for y, m in _MONTHS_WITH_POSTS
    )
    options = "".join(
        f'<option value="{BLOG}archive/{y}/{m:02d}">Tháng {m:02d}/{y}</option>'
        for y, m in _all_months()
    )
    select = (
        '<select class="archive-select" onchange="if(this.value){window.location.href=this.value;}">'
        f'<option value="">-- Các tháng trước --</option>{options}</select>'
    )
    tags = " ".join(
        f'<a href="{ctx.link(f"{BLOG}tag/{t}")}" class="tag-{1 + i % 3}">{esc(n)}</a>'
        for i, (t, n) in enumerate(TAGS.items())
    )
    return (
        '<aside class="sidebar blog-sidebar">'
        + _widget(
            "BlogRecentPostsWidget",
            "Bài viết mới",
            f'<ul class="recent-posts">{recent}</ul>',
            " first",
        )
        + _widget("BlogCategoriesWidget", "Danh mục", f"<ul>{cats}</ul>")
        + _widget("BlogArchiveWidget", "Lưu trữ", f"<ul>{months}</ul>{select}")
        + _widget("BlogTagsCloudWidget", "Thẻ", f'<div class="tag-cloud">{tags}</div>')
        + _counter()
        + _banners()
        + "</aside>"
    )


def _plain_sidebar() -> str:
    return f'<aside class="sidebar">{_counter()}{_banners()}</aside>'


def _footer(ctx: Ctx) -> str:
    return (
        '<footer class="footer" role="contentinfo"><div class="container">'
        f'<p class="footer-title"><strong>{SITE.upper()}</strong></p>'
        "<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị</p>"
        "<p>Địa chỉ: Số 2 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>"
        "<p>Điện thoại: 0233.3852.384 - Email: sgddt@quangtri.gov.vn</p>"
        '<p class="hotline">Đường dây nóng: 0233.3555.115</p>'
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        f'<p class="footer-links"><a href="{ctx.link("/lien-he/")}">Liên hệ</a> | '
        '<a href="/sitemap.xml">Sơ đồ trang</a> | <a href="/tin-tuc/rss">RSS</a></p>'
        '<p class="copyright">© 2026 Sở GD&amp;ĐT Quảng Trị. Phát triển trên nền tảng Silverstripe CMS.</p>'
        "</div></footer>"
    )


def _page(
    title: str,
    main: str,
    ctx: Ctx,
    crumbs: str = "",
    head: str = "",
    sidebar: str | None = None,
    body_class: str = "Page",
) -> str:
    banner = (
        '<div id="SilverStripeNavigator" class="ss-navigator-draft"><div id="SilverStripeNavigatorMessage"'
        ' title="Ghi chú: nội dung bản nháp chưa được xuất bản">'
        f'{DRAFT_BANNER}</div><div class="draft-banner">{DRAFT_BANNER} của trang này (Stage). '
        "Nội dung có thể khác với trang đã xuất bản.</div></div>"
        if ctx.stage
        else ""
    )
    side = sidebar if sidebar is not None else _plain_sidebar()
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<base href="{ctx.base}/"><!--[if lte IE 6]></base><![endif]-->
<title>{esc(title)} &raquo; {esc(SHORT)}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Silverstripe CMS 4.13">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SHORT)}" href="/tin-tuc/rss">
<link rel="shortcut icon" href="{THEME}/images/favicon.ico">
<link rel="stylesheet" type="text/css" href="{THEME}/css/layout.css?m=1761800000">
<link rel="stylesheet" type="text/css" href="{THEME}/css/typography.css?m=1761800000">
</head>
<body class="{body_class}">
{banner}
{_header(ctx)}
<div class="main" role="main"><div class="container">
{crumbs}
<div class="row">
<div class="col-main">
{main}
</div>
<div class="col-side">{side}</div>
</div>
</div></div>
{_footer(ctx)}
<script src="/_resources/vendor/silverstripe/admin/thirdparty/jquery/jquery.min.js?m=1761800000"></script>
<script src="{THEME}/javascript/script.js?m=1761800000"></script>
</body>
</html>
"""


# --- listings ---


def _start(params: dict[str, str]) -> int:
    try:
        return max(0, int(params.get("start", "0") or 0))
    except ValueError:
        return 0


def _pagination(path: str, total: int, start: int, ctx: Ctx) -> str:
    if total <= PER_PAGE:
        return ""
    pages = -(-total // PER_PAGE)
    current = start // PER_PAGE
    items = []
    if start > 0:
        items.append(
            f'<li class="prev"><a href="{ctx.link(path, start=max(0, start - PER_PAGE))}">&laquo; Trước</a></li>'
        )
    for n in range(pages):
        if n == current and start < total:
            items.append(f'<li class="active"><span>{n + 1}</span></li>')
        else:
            items.append(f'<li><a href="{ctx.link(path, start=n * PER_PAGE)}">{n + 1}</a></li>')
    if start + PER_PAGE < total:
        items.append(
            f'<li class="next"><a href="{ctx.link(path, start=start + PER_PAGE)}">Sau &raquo;</a></li>'
        )
    return f'<ul class="pagination">{"".join(items)}</ul>'


def _teaser(s: Story, ctx: Ctx) -> str:
    link = ctx.link(post_path(s))
    feat = next((b for b in s.images if b.style == "featured"), None)
    thumb = (
        f'<a href="{link}" class="thumb"><img src="{esc(feat.src.replace("FillWzgwMCw0NTBd", "FillWzI0MCwxNjBd"))}"'
        ' width="240" height="160" alt=""></a>'
        if feat
        else ""
    )
    if s.summary:
        lead = s.summary
    else:
        words = " ".join(s.paragraphs).split()
        lead = " ".join(words[:30]) + ("..." if len(words) > 30 else "")
    return (
        f'<div class="post-item clearfix">{thumb}'
        f'<h2 class="post-item-title"><a href="{link}" title="Đọc thêm về &quot;{esc(s.title)}&quot;...">{esc(s.title)}</a></h2>'
        f'<p class="post-item-meta">{_dmy(s.opts["when"])} | <a href="{ctx.link(f"{BLOG}category/{s.cat}")}">{esc(CATS[s.cat])}</a></p>'
        f"<p>{esc(lead)}</p>"
        f'<a href="{link}" class="read-more">Xem tiếp &raquo;</a></div>'
    )


def _listing(
    path: str,
    heading: str,
    items: list[Story],
    params: dict[str, str],
    ctx: Ctx,
    intro: str = "",
    nav: str = "",
) -> str:
    start = _start(params)
    chunk = items[start : start + PER_PAGE]
    rows = "\n".join(_teaser(s, ctx) for s in chunk) or f'<p class="no-posts">{NO_POSTS}</p>'
    main = (
        f'<div class="blog-listing"><h1 class="page-title">{heading}</h1>{intro}{nav}\n'
        f'<div class="post-list">\n{rows}\n</div>\n{_pagination(path, len(items), start, ctx)}</div>'
    )
    return _page(re.sub(r"<[^>]+>", "", heading), main, ctx, _crumbs(ctx, [], "Tin tức") if path == BLOG
                 else _crumbs(ctx, [("Tin tức", BLOG)], re.sub(r"<[^>]+>", "", heading)),
                 sidebar=_blog_sidebar(ctx), body_class="Blog")  # fmt: skip


def _archive(y: int, m: int | None, d: int | None, params: dict[str, str], ctx: Ctx) -> str:
    def keep(s: Story) -> bool:
        w = s.opts["when"]
        return w.year == y and (m is None or w.month == m) and (d is None or w.day == d)

    items = [s for s in posts(ctx.stage) if keep(s)]
    if m is None:
        heading, path, nav = f"Lưu trữ: năm {y}", f"{BLOG}archive/{y}", ""
    elif d is None:
        heading, path = f"Lưu trữ: tháng {m}, {y}", f"{BLOG}archive/{y}/{m:02d}"
        links = []
        prev = (y, m - 1) if m > 1 else (y - 1, 12)
        nxt = (y, m + 1) if m < 12 else (y + 1, 1)
        if prev >= FIRST_MONTH:
            links.append(
                f'<a class="prev-month" href="{ctx.link(f"{BLOG}archive/{prev[0]}/{prev[1]:02d}")}">&lsaquo; Tháng trước</a>'
            )
        if nxt <= (TODAY_DATE.year, TODAY_DATE.month):
            links.append(
                f'<a class="next-month" href="{ctx.link(f"{BLOG}archive/{nxt[0]}/{nxt[1]:02d}")}">Tháng sau &rsaquo;</a>'
            )
        nav = f'<div class="archive-nav">{" | ".join(links)}</div>'
    else:
        heading, path, nav = (
            f"Lưu trữ: {d:02d}/{m:02d}/{y}",
            f"{BLOG}archive/{y}/{m:02d}/{d:02d}",
            "",
        )
    return _listing(path, heading, items, params, ctx, nav=nav)


def _profile(member: Member, params: dict[str, str], ctx: Ctx) -> str:
    items = [s for s in posts(ctx.stage) if s.opts["member"] == member.slug]
    intro = (
        f'<div class="profile"><img src="{THEME}/images/avatar.png" alt="" class="avatar">'
        f'<p class="bio">{esc(member.bio)}</p><p>Số bài viết: {len(items)}</p></div>'
        f"<h2>Bài viết của {esc(member.name)}</h2>"
    )
    return _listing(
        f"{BLOG}profile/{member.slug}", esc(member.name), items, params, ctx, intro=intro
    )


# --- other pages ---


def _home(ctx: Ctx) -> str:
    items = posts(ctx.stage)
    slides = "".join(
        f'<div class="slide"><a href="{ctx.link(post_path(s))}">'
        f'<img src="{esc(next(b for b in s.images if b.style == "featured").src)}" alt=""></a>'
        f'<div class="slide-caption"><a href="{ctx.link(post_path(s))}">{esc(s.title)}</a></div></div>'
        for s in [x for x in items if any(b.style == "featured" for b in x.images)][:3]
    )

    def box(title: str, href: str, stories: list[Story]) -> str:
        lis = "".join(
            f'<li><a href="{ctx.link(post_path(s))}">{esc(s.title)}</a> <span class="date">{_dmy(s.opts["when"])}</span></li>'
            for s in stories
        )
        return (
            f'<section class="home-box"><h2 class="box-title"><a href="{ctx.link(href)}">{title}</a></h2>'
            f'<ul>{lis}</ul><a class="more" href="{ctx.link(href)}">Xem tất cả</a></section>'
        )

    docs = "".join(
        f'<li><a href="{d.file}">{esc(d.number)}</a> - {esc(d.abstract)} <span class="date">({_dmy(d.issued)})</span></li>'
        for d in DOCS[:4]
    )
    main = (
        f'<div class="home-slider">{slides}</div>'
        + box("Tin mới", BLOG, items[:6])
        + box("Thông báo", f"{BLOG}category/thong-bao", [s for s in items if s.cat == "thong-bao"])
        + box("Hoạt động chuyên môn", f"{BLOG}category/hoat-dong-chuyen-mon",
              [s for s in items if s.cat == "hoat-dong-chuyen-mon"][:4])
        + f'<section class="home-box"><h2 class="box-title"><a href="{ctx.link("/van-ban/")}">Văn bản mới</a></h2><ul>{docs}</ul></section>'
    )  # fmt: skip
    return _page("Trang chủ", main, ctx, body_class="HomePage")


def _static(path: str, ctx: Ctx) -> str:
    title, parent, paras = PAGES[path]
    content = "".join(f"<p>{esc(p)}</p>" for p in paras)
    children = [(p, t) for p, (t, par, _) in PAGES.items() if par == path]
    if children:
        content += (
            '<ul class="child-pages">'
            + "".join(f'<li><a href="{ctx.link(p)}">{esc(t)}</a></li>' for p, t in children)
            + "</ul>"
        )
    trail = [(PAGES[parent][0], parent)] if parent else []
    main = f'<div class="page-content"><h1 class="page-title">{esc(title)}</h1><div class="typography">{content}</div></div>'
    return _page(title, main, ctx, _crumbs(ctx, trail, title))


def _van_ban(ctx: Ctx) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(d.number)}</td><td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td>"
        f'<td><a href="{d.file}" class="download">Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, start=1)
    )
    main = (
        '<div class="page-content"><h1 class="page-title">Văn bản</h1><div class="typography">'
        "<p>Văn bản chỉ đạo, điều hành của Sở Giáo dục và Đào tạo.</p></div>"
        '<table class="document-list"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _page("Văn bản", main, ctx, _crumbs(ctx, [], "Văn bản"))


def _albums(ctx: Ctx) -> str:
    cover = _img(ALBUM_PHOTOS[0][0], ALBUM_PHOTOS[0][1], 300, 200)
    main = (
        '<div class="page-content"><h1 class="page-title">Thư viện ảnh</h1><ul class="album-list">'
        f'<li><a href="{ctx.link(ALBUM)}"><img src="{cover}" alt=""></a>'
        f'<a href="{ctx.link(ALBUM)}">Hội thi giáo viên dạy giỏi THCS 2026</a> <span>({len(ALBUM_PHOTOS)} ảnh)</span></li>'
        "</ul></div>"
    )
    return _page("Thư viện ảnh", main, ctx, _crumbs(ctx, [], "Thư viện ảnh"))


def _album(ctx: Ctx) -> str:
    photos = "".join(
        f'<figure class="album-photo"><a href="{UP}/{mo}/{name}" data-lightbox="album">'
        f'<img src="{_img(mo, name, 300, 200)}" alt="{esc(cap)}"></a><figcaption>{esc(cap)}</figcaption></figure>'
        for mo, name, cap in ALBUM_PHOTOS
    )
    title = "Hội thi giáo viên dạy giỏi THCS 2026"
    main = f'<div class="page-content"><h1 class="page-title">{title}</h1><div class="album-grid">{photos}</div></div>'
    return _page(title, main, ctx, _crumbs(ctx, [("Thư viện ảnh", "/thu-vien-anh/")], title))


def _contact(ctx: Ctx, finished: bool = False) -> str:
    if finished:
        inner = (
            "<p>Cảm ơn bạn đã gửi ý kiến. Văn phòng Sở sẽ phản hồi trong thời gian sớm nhất.</p>"
        )
    else:
        inner = (
            "<p>Mọi ý kiến, câu hỏi xin gửi về Văn phòng Sở theo biểu mẫu dưới đây.</p>"
            '<form id="UserForm_Form_7" action="/lien-he/Form" method="post" enctype="multipart/form-data" class="userform">'
            '<fieldset><div id="UserForm_Form_7_EditableTextField_1_Holder" class="field text requiredField">'
            '<label class="left" for="UserForm_Form_7_EditableTextField_1">Họ và tên</label>'
            '<div class="middleColumn"><input type="text" name="EditableTextField_1" class="text" required="required"></div></div>'
            '<div class="field email"><label class="left">Email</label><div class="middleColumn">'
            '<input type="email" name="EditableEmailField_2" class="email text"></div></div>'
            '<div class="field textarea"><label class="left">Nội dung</label><div class="middleColumn">'
            '<textarea name="EditableTextField_3" rows="5" cols="20"></textarea></div></div></fieldset>'
            '<input type="hidden" name="SecurityID" value="3f9a1c7e2b8d4f60a1e5c9b7d2f4a8e6c0b3d5f7">'
            '<div class="btn-toolbar"><input type="submit" name="action_process" value="Gửi" class="action"></div></form>'
        )
    main = (
        '<div class="page-content"><h1 class="page-title">Liên hệ</h1><div class="typography">'
        "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Trị - Số 2 đường Hùng Vương, phường Đông Hà.</p>"
        f"</div>{inner}</div>"
    )
    return _page("Liên hệ", main, ctx, _crumbs(ctx, [], "Liên hệ"), body_class="UserDefinedForm")


def _security(ctx: Ctx, lost: bool = False) -> str:
    if lost:
        form = (
            "<p>Nhập địa chỉ email của bạn, chúng tôi sẽ gửi đường dẫn để đặt lại mật khẩu.</p>"
            '<form id="LostPasswordForm_lostPasswordForm" action="/Security/lostpassword/LostPasswordForm" method="post">'
            '<input type="email" name="Email" class="email text"><input type="submit" name="action_forgotPassword"'
            ' value="Gửi đường dẫn đặt lại mật khẩu" class="action"></form>'
        )
        title = "Quên mật khẩu"
    else:
        form = (
            '<form id="MemberLoginForm_LoginForm" action="/Security/login/default/LoginForm" method="post">'
            '<fieldset><input type="hidden" name="AuthenticationMethod" value="SilverStripe\\Security\\MemberAuthenticator\\MemberAuthenticator">'
            '<div class="field text"><label for="MemberLoginForm_LoginForm_Email">Email</label>'
            '<input type="text" name="Email" id="MemberLoginForm_LoginForm_Email" class="text"></div>'
            '<div class="field password"><label for="MemberLoginForm_LoginForm_Password">Mật khẩu</label>'
            '<input type="password" name="Password" id="MemberLoginForm_LoginForm_Password" class="password"></div>'
            '<div class="field checkbox"><input type="checkbox" name="Remember" value="1" class="checkbox">'
            "<label>Ghi nhớ đăng nhập</label></div>"
            '<input type="hidden" name="SecurityID" value="8c1d4e7f0a3b6c9d2e5f8a1b4c7d0e3f6a9b2c5d"></fieldset>'
            '<div class="btn-toolbar"><input type="submit" name="action_doLogin" value="Đăng nhập" class="action"></div>'
            f'<p id="ForgotPassword"><a href="{ctx.link("/Security/lostpassword")}">Quên mật khẩu?</a></p></form>'
        )
        title = "Đăng nhập"
    main = f'<div class="page-content"><h1 class="page-title">{title}</h1>{form}</div>'
    return _page(title, main, ctx, body_class="Security")


def _search(ctx: Ctx, q: str) -> str:
    words = [w for w in q.lower().split() if w]
    hits = [s for s in LATEST if words and all(w in s.title.lower() for w in words)]
    rows = "".join(f'<li><a href="{ctx.link(post_path(s))}">{esc(s.title)}</a></li>' for s in hits)
    main = (
        f'<div class="page-content"><h1 class="page-title">Kết quả tìm kiếm</h1><p>Từ khóa: “{esc(q)}”</p>'
        + (
            f'<ul class="search-results">{rows}</ul>'
            if rows
            else "<p>Không tìm thấy kết quả phù hợp.</p>"
        )
        + "</div>"
    )
    return _page("Kết quả tìm kiếm", main, ctx)


def _not_found(ctx: Ctx) -> Response:
    main = (
        '<div class="page-content"><h1 class="page-title">Không tìm thấy trang</h1><div class="typography">'
        "<p>Xin lỗi, trang bạn tìm không tồn tại hoặc đã bị xóa.</p></div></div>"
    )
    return html(_page("Không tìm thấy trang", main, ctx, body_class="ErrorPage"), status=404)


def _rss(ctx: Ctx) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{ctx.base}{post_path(s)}</link>"
        f"<description>{esc(s.summary or ' '.join(s.paragraphs)[:300])}</description>"
        f"<pubDate>{s.opts['when']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<guid>{ctx.base}{post_path(s)}</guid></item>\n"
        for s in LATEST[:10]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>Tin tức</title><link>{ctx.base}{BLOG}</link>"
        f'<atom:link href="{ctx.base}{BLOG}rss" rel="self" type="application/rss+xml" />'
        f"<description>Tin tức - {esc(SITE)}</description>\n{items}</channel></rss>"
    )


def _comments_rss(ctx: Ctx) -> str:
    items = "".join(
        f"<item><title>Bình luận của {esc(s.opts['comment'][0])}</title>"
        f"<link>{ctx.base}{post_path(s)}#comment-{s.id * 3}</link>"
        f"<description>{esc(s.opts['comment'][2])}</description></item>"
        for s in LATEST
        if s.opts.get("comment")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Bình luận - {esc(SHORT)}</title><link>{ctx.base}/</link>"
        f"<description></description>{items}</channel></rss>"
    )


def _sitemap_index(ctx: Ctx) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<?xml-stylesheet type='text/xsl' href='/_resources/vendor/wilr/silverstripe-googlesitemaps/templates/xml-sitemapindex.xsl'?>\n"
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        f"<loc>{ctx.base}/sitemap.xml/sitemap/SilverStripe-CMS-Model-SiteTree/1</loc>"
        "<lastmod>2026-11-25</lastmod></sitemap></sitemapindex>"
    )


def _sitemap(ctx: Ctx) -> str:
    entries = [("/", "2026-11-25", "1.0"), (BLOG, "2026-11-25", "0.9")]
    entries += [
        (post_path(s), f"{(s.opts.get('edited') or s.opts['when']):%Y-%m-%d}", "0.5")
        for s in LATEST
    ]
    entries += [(p, "2026-08-01", "0.5") for p in PAGES]
    entries += [("/van-ban/", "2026-11-20", "0.5"), ("/thu-vien-anh/", "2026-10-20", "0.5"),
                (ALBUM, "2026-10-20", "0.5"), ("/lien-he/", "2026-08-01", "0.5")]  # fmt: skip
    urls = "".join(
        f"<url><loc>{ctx.base}{p}</loc><lastmod>{lm}</lastmod><changefreq>weekly</changefreq><priority>{pr}</priority></url>"
        for p, lm, pr in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<?xml-stylesheet type='text/xsl' href='/_resources/vendor/wilr/silverstripe-googlesitemaps/templates/xml-sitemap.xsl'?>\n"
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )


# --------------------------------------------------------------------------- routing

_POSTS_LIVE = {s.slug: s for s in LATEST}
_POSTS_STAGE = {**_POSTS_LIVE, DRAFT_ONLY.slug: DRAFT_ONLY}
_FILES = {d.file for d in DOCS} | {f[0] for s in LATEST for f in s.opts.get("files") or []}
_XML = {"Content-Type": "application/xml; charset=utf-8"}


class SilverStripeSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        ctx = Ctx(base_url(request), params.get("stage", "").lower() == "stage")
        if path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
            )
        if path.startswith(("/assets/", "/_resources/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /admin/\nDisallow: /dev/\nSitemap: {ctx.base}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return Response(200, _sitemap_index(ctx), _XML)
        if path == "/sitemap.xml/sitemap/SilverStripe-CMS-Model-SiteTree/1":
            return Response(200, _sitemap(ctx), _XML)
        if path in ("/tin-tuc/rss", "/tin-tuc/rss/"):
            return Response(200, _rss(ctx), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if path in ("/comments/rss", "/comments/rss/"):
            return Response(
                200, _comments_rss(ctx), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        if path in ("/", "/home", "/home/"):
            return html(_home(ctx))
        if path in ("/home/SearchForm", "/home/SearchForm/"):
            return html(_search(ctx, params.get("Search", "")))
        if path in ("/Security/login", "/Security/login/"):
            return html(_security(ctx))
        if path in ("/Security/lostpassword", "/Security/lostpassword/"):
            return html(_security(ctx, lost=True))
        if path.startswith("/Security/"):
            return redirect("/Security/login")
        if path == "/lien-he/Form" and request.method == "POST":
            return redirect("/lien-he/finished")
        if path.rstrip("/") == "/lien-he/finished":
            return html(_contact(ctx, finished=True))
        slashed = path if path.endswith("/") else path + "/"
        if slashed == "/lien-he/":
            return html(_contact(ctx))
        if slashed == "/van-ban/":
            return html(_van_ban(ctx))
        if slashed == "/thu-vien-anh/":
            return html(_albums(ctx))
        if slashed == ALBUM:
            return html(_album(ctx))
        if slashed in PAGES:
            return html(_static(slashed, ctx))
        if slashed.startswith(BLOG):
            return self._blog(slashed[len(BLOG) :].strip("/"), params, ctx)
        return _not_found(ctx)

    def _blog(self, rest: str, params: dict[str, str], ctx: Ctx) -> Response | None:
        items = posts(ctx.stage)
        if rest == "":
            return html(_listing(BLOG, "Tin tức", items, params, ctx))
        parts = rest.split("/")
        if parts[0] == "category" and len(parts) == 2 and parts[1] in CATS:
            c = parts[1]
            return html(_listing(f"{BLOG}category/{c}", f"Chuyên mục: {esc(CATS[c])}",
                                 [s for s in items if s.cat == c], params, ctx))  # fmt: skip
        if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS:
            t = parts[1]
            return html(_listing(f"{BLOG}tag/{t}", f"Thẻ: {esc(TAGS[t])}",
                                 [s for s in items if t in s.opts.get("tags", [])], params, ctx))  # fmt: skip
        if parts[0] == "profile" and len(parts) == 2 and parts[1] in MEMBERS:
            return html(_profile(MEMBERS[parts[1]], params, ctx))
        if parts[0] == "archive" and 2 <= len(parts) <= 4 and all(p.isdigit() for p in parts[1:]):
            y = int(parts[1])
            m = int(parts[2]) if len(parts) > 2 else None
            d = int(parts[3]) if len(parts) > 3 else None
            try:
                date(y, m or 1, d or 1)
            except ValueError:
                return _not_found(ctx)
            if not 1900 <= y <= 2999:
                return _not_found(ctx)
            return html(_archive(y, m, d, params, ctx))
        if len(parts) == 1:
            story = (_POSTS_STAGE if ctx.stage else _POSTS_LIVE).get(parts[0])
            if story is not None:
                return html(_post_page(story, ctx))
        return _not_found(ctx)


def build_site() -> SilverStripeSite:
    return SilverStripeSite()
