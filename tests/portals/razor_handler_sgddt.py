"""Fixture portal: Sở GD&ĐT tỉnh Lâm Đồng on a vendor's ASP.NET Core 8 Razor Pages portal (2024).

Imitates the portal a local software vendor sells to provincial departments since 2024 (Razor
Pages, Bootstrap 5, jQuery, ``jquery-unobtrusive-ajax``), deployed for the Sở after the 2025
province merger: the new portal went live on 01/10/2026 and posts of the school year 2026 - 2027
were migrated from the previous portal. What it serves:

- the ASP.NET Core layout on every page: a top bar with today's date (written by Razor from the
  server clock: ``TODAY``), a language switch (``?culture=vi-VN`` / ``?culture=en-US``, ASP.NET
  Core's ``QueryStringRequestCultureProvider``), "Đăng nhập" (``/Account/Login``), the banner, a
  Bootstrap navbar, a search form (``/TimKiem?tuKhoa=``); a sidebar with "Tin mới" (dated),
  "Văn bản mới" (dated), a "Lịch công tác" banner link, a poll (``POST /?handler=BinhChon`` with
  the antiforgery token ``__RequestVerificationToken``), "Liên kết website" and the visitor
  counter; a footer with the Sở's address, phone, hotline and the vendor's line; the template's
  cookie banner (``#cookieConsent``, "Chính sách bảo mật" → ``/ChinhSachBaoMat``);
- Razor's default ``HtmlEncoder``: every string the views print with ``@`` (titles, sapo,
  author box, breadcrumb, listing entries, header date…) has its non-ASCII characters written
  as hexadecimal references (``Tr&#x1B0;&#x1EDD;ng``) and ``+``/``'`` as ``&#x2B;``/``&#x27;``;
  the CKEditor 5 body is printed with ``Html.Raw`` in raw UTF-8;
- category pages ``/TinTuc/DanhMuc/<id>/<slug>`` (12 "Hoạt động ngành", 13 "Tin các đơn vị",
  14 "Thông báo"): the first 8 entries, then ``<button id="btnXemThem" class="btn-xem-them"
  data-trang="2" data-danhmuc="12">Xem thêm tin</button>`` whose click handler lives in
  ``/js/site.min.js`` (minified on one line after jQuery plugins): it GETs
  ``/TinTuc/DanhMuc?handler=XemThem&danhMucId=12&trang=2``, a Razor partial of the next 4
  entries (the vendor's ``SoTinXemThem = 4``) ending with a new button ``data-trang="3"`` while
  more remain. Category 12 has 13 entries: 8 + 4 + 1, i.e. three "pages", the last two only
  reachable through the handler (no sitemap; ``/rss`` lists the 10 newest entries). The home
  page repeats the newest entries in Bootstrap tabs (all panes in the HTML) and a carousel;
  ``/TinTuc`` shows the four newest of each category;
- entries of type "Liên kết" (the vendor's ``LinkNgoai`` field): a listing entry whose link is
  a Bộ GD&ĐT page on moet.gov.vn, a document ``/VanBan/ChiTiet/<id>`` or an album
  ``/ThuVienAnh/<id>``; they are no articles of this site;
- articles ``/TinTuc/ChiTiet/<id>/<slug>``: breadcrumb, ``h1.post-title``, the date line, "Người
  đăng: <login>", views, font-size buttons (A- A A+), "In bài" (``?handler=In``), the sapo
  ``div.post-sapo > strong``, the body ``div.post-content.ck-content`` (CKEditor 5:
  ``figure.image`` + ``figcaption``, ``image-style-side``, ``figure.table``, lists, blockquote,
  ``figure.media > oembed``; the vendor's "album" plugin writes lazysizes images ``data-src``
  under a GIF placeholder), the author box ``div.post-author``, "Tải về" attachments, tags
  ("Từ khóa" → ``/TimKiem?tuKhoa=…``), share buttons, then "Tin khác": the five newest other
  entries of the category with their dates. Every page prints an absolute ``rel=canonical``
  without query; articles print ``article:published_time`` (and ``article:modified_time`` when
  edited);
- the date line: a post created in the new portal prints its one timestamp as "Cập nhật lúc
  08:30 ngày 14/11/2026"; when an editor changed it more than a day after publishing the line is
  "Ngày đăng: 04/11/2026 · Cập nhật lúc 10:05 ngày 06/11/2026"; migrated posts (no time stored)
  print "Ngày đăng: 25/09/2026";
- migrated posts keep the previous portal's text: decomposed Vietnamese (Unicode tổ hợp) in the
  body (and in one title), centred FCKeditor-era image lines ``<p style="text-align:center">``
  with a parenthesised italic caption line; their old URLs ``/tin-tuc/<slug>-<oldid>.html``
  answer 301 to the new address (an article of November links one of them);
- non-articles: ``/GioiThieu/ChucNangNhiemVu``, ``/GioiThieu/CoCauToChuc``,
  ``/GioiThieu/LanhDaoSo``, ``/LienHe`` (form POST with antiforgery token), ``/VanBan`` (the
  document register; its pager links are unobtrusive-ajax anchors ``/VanBan?handler=Trang&p=N``
  that answer the register's table as a partial), ``/VanBan/ChiTiet/<id>`` (register fields and
  a PDF), ``/ThuVienAnh`` and ``/ThuVienAnh/<id>`` (albums), ``/Account/Login``,
  ``/LichCongTac``, ``/ChinhSachBaoMat``, the tag searches and the print views.

Traps: ``?handler=XemThem`` answers 200 with an empty partial for any ``trang`` past the last
(and for an unknown ``danhMucId``); ``?handler=In`` is a print view of every article (``noindex``,
canonical to the article); ``?culture=en-US`` and ``?culture=vi-VN`` re-serve every page, the
English one with English chrome ("Updated at 08:30 on 14/11/2026", "Other news") around the same
Vietnamese content (canonical without query); ``/LichCongTac?tuan=N&nam=Y`` prints "« Tuần
trước" / "Tuần sau »" for any week of any year, so the week links never end; the poll and the
contact form are POST-only; unknown paths answer the vendor's 404 page with status 404.

Gold (by hand). Articles are the 14 posts with a page of their own; "Liên kết" entries,
documents, albums, static pages, listings, partials, print views and culture variants are not.
The culture variants and a migrated post's old URL are alternative addresses (``alt_paths``).
NON_ARTICLES lists the pages a reader opens (home, hub, categories, the two "Xem thêm tin"
partials of category 12, the register and its three partial pages, documents, albums, static
pages, contact, login, the schedule, the tag searches, the print views); culture twins, week
links other than ``/LichCongTac`` and empty partials are left out.
Judgement calls:
- date: "Cập nhật lúc HH:MM ngày DD/MM/YYYY" alone is the post's publication time (the
  platform's only date line, set when the post is published; listing, feed and
  ``article:published_time`` agree), so the gold has the time. When the line starts "Ngày
  đăng: DD/MM/YYYY" that day is the publication date (date only, although the meta holds a time)
  and the "Cập nhật" after it is an update. Migrated posts: the day only.
- summary: ``div.post-sapo`` (bold) is the summary and the body's first paragraph; post 2355 has
  no sapo but its first paragraph is wholly bold (typed by hand): summary and first paragraph.
- authors: in-text signatures ("Tin: X", "Tin, ảnh: X", "Tin và ảnh: X", a bare name) win over
  the author box; the author box is the author when nothing signs the text, also when it names
  an office or school ("Phòng Giáo dục Trung học", "Văn phòng Sở", "Trường THPT chuyên Thăng
  Long"); "ThS." / "Cô" and the unit after " - " are dropped; "Ban biên tập" and the "Người
  đăng" logins credit nobody. Post 2388 is signed "Tin, ảnh: Hoàng Minh Tuấn" and has the box
  "Văn phòng Sở": Hoàng Minh Tuấn only. "Nguồn: Báo Lâm Đồng" is the source, the box "Ngọc Hà"
  stays the author.
- captions: ``figcaption`` text; a leading "Ảnh:" label is dropped; the parentheses of the old
  caption lines are dropped; a caption ending "(Ảnh: Minh Quân)" is kept whole and also gives
  Minh Quân as photographer; a ``figcaption`` that is a Zalo file name is no caption; a photo
  without a caption has caption None. The cover of post 2391 is a CSS background only: no image.
- body: list items, the blockquote, the sub-heading and each table row (cells joined by " | ",
  header row included) are paragraphs; the oembed video, bylines, the author box and the
  attachments are not body text. The link text of an in-text link stays in its paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "razor_handler_sgddt"
PLATFORM = "aspnetcore-razorpages"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
SHORT = "Sở GD&ĐT Lâm Đồng"
ADDRESS = "Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng"
PHONE = "0263 3 822 151"
HOTLINE = "0263 3 810 258"
EMAIL = "sgddt@lamdong.gov.vn"
TODAY_DATE = date(2026, 11, 25)
FIRST = 8  # entries a category page renders
MORE = 4  # entries each "Xem thêm tin" click appends (SoTinXemThem)
FEED_SIZE = 10
OTHERS = 5
DOCS_PER_PAGE = 5
UP = "/uploads/images"
THUMBS = "/uploads/anh-dai-dien"
FILES = "/uploads/files"
ASSET_V = "kZ3Rq8tWc1Xo5mUHf0bP2yLdE7nJ4aVs9gQeKiTxY6w"
TOKEN = "CfDJ8" + opaque("razor-antiforgery", 96).replace("+", "-").replace("/", "_").rstrip("=")


@dataclass(frozen=True)
class Cat:
    id: int
    slug: str
    name: str

    @property
    def path(self) -> str:
        return f"/TinTuc/DanhMuc/{self.id}/{self.slug}"


CATS: dict[int, Cat] = {
    12: Cat(12, "hoat-dong-nganh", "Hoạt động ngành"),
    13: Cat(13, "tin-cac-don-vi", "Tin các đơn vị"),
    14: Cat(14, "thong-bao", "Thông báo"),
}

# Story.opts: when (datetime published), line ("capnhat" | "both" | "ngaydang"), edited
# (datetime, with "both"), user (Người đăng), box (author box text), tags, files
# [(name, size)], old (old portal id: migrated post), nfd_title, cover (CSS background).
# Img styles: fig (figure.image, figcaption when printed), side (image-style-side), lazy
# (vendor album plugin), old (centred <p> image, italic line under it when printed).
# P styles: "" plain, bold (wholly bold lead), h3, li, quote, th/tr (figure.table rows),
# "a|href|phrase" (a link around phrase).
STORIES: list[Story] = [
    Story(
        id=2391,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027",
        cat="12",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11, tại Trường THPT chuyên Thăng Long - Đà Lạt, Sở GD&ĐT tổ chức tổng kết"
            " và trao giấy chứng nhận cho 186 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
            " tỉnh cấp THPT năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 10 đến 22/11 với 312 giáo viên của 96 trường THPT, trung"
                " tâm GDNN-GDTX trên địa bàn tỉnh tham gia. Mỗi giáo viên trình bày một biện pháp"
                " nâng cao chất lượng giảng dạy và thực hành hai tiết dạy trên lớp."
            ),
            Img(
                f"{UP}/2026/11/24/tong-ket-gvdg-thpt-1.jpg",
                "Phó Giám đốc Sở GD&ĐT Nguyễn Thị Thanh Bình phát biểu tại buổi tổng kết",
                "Phó Giám đốc Sở GD&ĐT Nguyễn Thị Thanh Bình phát biểu tại buổi tổng kết",
                "fig",
            ),
            P("Nhiều tiết dạy đổi mới phương pháp", "h3"),
            P(
                "Theo Ban Tổ chức, phần lớn tiết dạy được thiết kế theo hướng phát triển phẩm"
                " chất, năng lực người học; giáo viên sử dụng hiệu quả thiết bị dạy học số, tổ"
                " chức cho học sinh hoạt động nhóm, thực hành, trải nghiệm. Nhiều biện pháp có"
                " tính ứng dụng cao như xây dựng ngân hàng câu hỏi trực tuyến, dạy học dự án gắn"
                " với di sản địa phương."
            ),
            Img(f"{UP}/2026/11/24/tong-ket-gvdg-thpt-2.jpg", None, None, "fig"),
            P(
                "Kết quả, 186 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, trong đó môn"
                " Ngữ văn và môn Toán có số giáo viên đạt nhiều nhất. Ban Tổ chức cũng trao giấy"
                " khen cho 12 đơn vị có thành tích tiêu biểu trong công tác tổ chức, tham gia hội"
                " thi."
            ),
            Img(
                f"{UP}/2026/11/24/tong-ket-gvdg-thpt-3.jpg",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp tỉnh",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp tỉnh",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, Phó Giám đốc Sở đề nghị các nhà trường phát huy kết quả"
                " hội thi, tổ chức chuyên đề, thao giảng để nhân rộng những tiết dạy hay; tránh"
                " chạy theo thành tích, hình thức trong công tác thi đua."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "when": datetime(2026, 11, 24, 16, 20),
            "line": "capnhat",
            "user": "bientap02",
            "box": "Phòng Giáo dục Trung học",
            "tags": ["Giáo viên dạy giỏi", "Giáo dục trung học"],
            "cover": f"{THUMBS}/2026/11/tong-ket-gvdg-thpt-bia.jpg",
        },
    ),
    Story(
        id=2388,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="12",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức gặp mặt cán bộ, nhà giáo tiêu biểu nhân kỷ niệm 44"
            " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo một số sở, ngành"
                " cùng 150 nhà giáo tiêu biểu, đại diện cho hơn 42.000 cán bộ, giáo viên, nhân"
                " viên toàn ngành."
            ),
            P(
                "Báo cáo tại buổi gặp mặt cho biết, năm học 2025 - 2026, ngành GD&ĐT hoàn thành"
                " việc sắp xếp, tổ chức lại mạng lưới trường lớp sau hợp nhất tỉnh; tỷ lệ học"
                " sinh tốt nghiệp THPT đạt 98,7%; tỉnh có 52 học sinh đạt giải trong kỳ thi chọn"
                " học sinh giỏi quốc gia, tăng 11 giải so với năm học trước."
            ),
            Img(
                f"{UP}/2026/11/20/gap-mat-20-11-1.jpg",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "lazy",
            ),
            Img(
                f"{UP}/2026/11/20/gap-mat-20-11-2.jpg",
                "Các đại biểu dự buổi gặp mặt",
                "Các đại biểu dự buổi gặp mặt",
                "lazy",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp"
                " của đội ngũ nhà giáo, nhất là giáo viên công tác tại các xã vùng sâu, vùng xa,"
                " vùng đồng bào dân tộc thiểu số. Tỉnh sẽ tiếp tục đầu tư cơ sở vật chất, nhà"
                " công vụ cho giáo viên và có chính sách thu hút giáo viên các môn học còn thiếu."
            ),
            P(
                "Dịp này, 25 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích"
                " xuất sắc trong sự nghiệp giáo dục."
            ),
            Raw('<p style="text-align:right;"><strong>Tin, ảnh: Hoàng Minh Tuấn</strong></p>'),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "line": "capnhat",
            "user": "vanphong",
            "box": "Văn phòng Sở",
            "tags": ["Ngày Nhà giáo Việt Nam"],
        },
    ),
    Story(
        id=2380,
        slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-va-hoc-ba-so",
        title="Tập huấn sử dụng phần mềm quản lý trường học và học bạ số",
        cat="12",
        published_at="2026-11-17T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 15 đến 17/11, Sở GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường"
                " học và triển khai học bạ số cho hơn 600 cán bộ quản lý, nhân viên phụ trách dữ"
                " liệu của các trường tiểu học, THCS và THPT trên địa bàn tỉnh."
            ),
            P("Lớp tập huấn được tổ chức theo ba cụm:"),
            P("Cụm Đà Lạt: tại Trường THPT Bùi Thị Xuân, ngày 15/11;", "li"),
            P("Cụm Bảo Lộc: tại Trường THPT Bảo Lộc, ngày 16/11;", "li"),
            P("Cụm Phan Thiết: tại Trường THPT Phan Bội Châu, ngày 17/11.", "li"),
            Img(
                f"{UP}/2026/11/17/tap-huan-hoc-ba-so.jpg",
                "Học viên thực hành ký số học bạ trên phần mềm",
                "Học viên thực hành ký số học bạ trên phần mềm",
                "fig",
            ),
            P(
                "Học viên được hướng dẫn cập nhật hồ sơ học sinh, sổ điểm điện tử, ký số học bạ"
                " và kết nối dữ liệu với cơ sở dữ liệu ngành. Sở yêu cầu các đơn vị hoàn thành"
                " việc chuyển đổi học bạ giấy sang học bạ số đối với học sinh lớp 1, lớp 6 và lớp"
                " 10 trước ngày 31/12/2026."
            ),
            Raw('<p style="text-align:right;"><strong>Phan Thanh Long</strong></p>'),
        ],
        authors=["Phan Thanh Long"],
        opts={
            "when": datetime(2026, 11, 17, 14, 0),
            "line": "capnhat",
            "user": "bientap01",
            "tags": ["Chuyển đổi số"],
            "files": [
                ("Huong-dan-su-dung-hoc-ba-so.pdf", "2,1 MB"),
                ("Ke-hoach-tap-huan-phan-mem-quan-ly-truong-hoc.pdf", "318 KB"),
            ],
        },
    ),
    Story(
        id=2376,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thpt",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        cat="12",
        published_at="2026-11-13T08:30:00+07:00",
        summary=(
            "Ngày 12/11, Sở GD&ĐT phối hợp với Trường THPT Bảo Lộc tổ chức hội thảo chuyên đề"
            " “Nâng cao chất lượng dạy học môn Tiếng Anh theo Chương trình GDPT 2018”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo thu hút gần 120 giáo viên Tiếng Anh của các trường THPT khu vực phía"
                " Nam tỉnh. Các tham luận tập trung vào kinh nghiệm dạy kỹ năng nói, viết; ứng"
                " dụng trí tuệ nhân tạo trong luyện phát âm và ôn tập cho học sinh chuẩn bị kỳ thi"
                " tốt nghiệp THPT."
            ),
            Img(
                f"{UP}/2026/11/13/hoi-thao-tieng-anh.jpg",
                "Ảnh: Giáo viên Trường THPT Bảo Lộc dạy minh họa chuyên đề",
                "Giáo viên Trường THPT Bảo Lộc dạy minh họa chuyên đề",
                "fig",
            ),
            P(
                "Chia sẻ tại hội thảo, cô Trần Thị Ngọc Anh, giáo viên Trường THPT Lộc Thanh, cho"
                " rằng:"
            ),
            P(
                "“Học sinh chỉ mạnh dạn nói tiếng Anh khi được nói thường xuyên trong một môi"
                " trường không sợ sai. Giáo viên cần giảm bớt thời gian giảng giải ngữ pháp để"
                " dành thời gian cho học sinh thực hành.”",
                "quote",
            ),
            P(
                "Kết thúc hội thảo, các tham luận được tổng hợp gửi về các trường để giáo viên"
                " tham khảo, vận dụng trong sinh hoạt chuyên môn. Những năm qua, ngành đã triển"
                " khai nhiều giải pháp đổi mới dạy học ngoại ngữ, trong đó có mô hình câu lạc bộ"
                " tiếng Anh trong trường THPT.",
                "a|/tin-tuc/ra-mat-mo-hinh-cau-lac-bo-tieng-anh-trong-truong-thpt-5186.html"
                "|mô hình câu lạc bộ tiếng Anh trong trường THPT",
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 13, 8, 30),
            "line": "capnhat",
            "user": "bientap02",
            "box": "ThS. Lê Thị Hồng Nhung - Trường THPT Bảo Lộc",
            "tags": ["Giáo dục trung học"],
        },
    ),
    Story(
        id=2371,
        slug="lam-dong-day-manh-giao-duc-stem-trong-truong-pho-thong",
        title="Lâm Đồng đẩy mạnh giáo dục STEM trong trường phổ thông",
        cat="12",
        published_at="2026-11-10T10:40:00+07:00",
        summary=(
            "Năm học 2026 - 2027, toàn tỉnh có 418 trường phổ thông xây dựng kế hoạch giáo dục"
            " STEM, trong đó 96 trường đã có phòng học STEM được trang bị theo chuẩn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường THCS Quang Trung (Đà Lạt), mỗi tháng học sinh thực hiện ít nhất một"
                " bài học STEM. Các em tự thiết kế hệ thống tưới nhỏ giọt cho vườn rau, trạm quan"
                " trắc thời tiết mini hay mô hình nhà kính thông minh bằng vật liệu tái chế."
            ),
            Raw(
                '<figure class="media"><oembed url="https://www.youtube.com/watch?v=Qm3vT8sLx2A">'
                "</oembed></figure>"
            ),
            P(
                "Theo thầy Nguyễn Văn Tâm, Hiệu trưởng nhà trường, điều quan trọng nhất của giáo"
                " dục STEM là giúp học sinh biết đặt câu hỏi và tự tìm cách giải quyết vấn đề từ"
                " thực tiễn cuộc sống."
            ),
            Img(
                f"{UP}/2026/11/10/stem-thcs-quang-trung.jpg",
                "Học sinh Trường THCS Quang Trung lắp ráp mô hình nhà kính thông minh",
                "Học sinh Trường THCS Quang Trung lắp ráp mô hình nhà kính thông minh",
                "side",
            ),
            P(
                "Sở GD&ĐT cho biết, năm học này sẽ tổ chức Ngày hội STEM cấp tỉnh lần đầu tiên"
                " sau hợp nhất, đồng thời bồi dưỡng cho 1.200 giáo viên cốt cán về thiết kế bài"
                " học STEM."
            ),
            Raw('<p style="text-align:right;"><i>Nguồn: Báo Lâm Đồng</i></p>'),
        ],
        authors=["Ngọc Hà"],
        source="Báo Lâm Đồng",
        opts={
            "when": datetime(2026, 11, 10, 10, 40),
            "line": "capnhat",
            "user": "bientap01",
            "box": "Ngọc Hà",
            "tags": ["Giáo dục STEM"],
        },
    ),
    Story(
        id=2362,
        slug="be-mac-hoi-khoe-phu-dong-tinh-lam-dong-lan-thu-xi-nam-2026",
        title="Bế mạc Hội khỏe Phù Đổng tỉnh Lâm Đồng lần thứ XI năm 2026",
        cat="12",
        published_at="2026-11-04",
        summary=(
            "Sau 6 ngày tranh tài sôi nổi, chiều 03/11, Hội khỏe Phù Đổng tỉnh Lâm Đồng lần thứ"
            " XI năm 2026 đã bế mạc tại Nhà thi đấu Trung tâm Huấn luyện và Thi đấu thể thao"
            " tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay thu hút hơn 2.400 vận động viên là học sinh của 124 đoàn, tranh"
                " tài ở 12 môn: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua,"
                " võ cổ truyền, vovinam, karate, đá cầu và kéo co."
            ),
            Img(
                f"{UP}/2026/11/04/be-mac-hkpd-1.jpg",
                "Các vận động viên thi đấu môn bóng chuyền nam cấp THPT",
                "Các vận động viên thi đấu môn bóng chuyền nam cấp THPT",
                "fig",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 398 huy chương vàng, 398 huy chương bạc và 552 huy"
                " chương đồng. Đoàn Trường THPT chuyên Thăng Long dẫn đầu khối THPT; đoàn phường"
                " Xuân Hương - Đà Lạt dẫn đầu khối tiểu học và THCS."
            ),
            P(
                "Ban Tổ chức đã lựa chọn 180 vận động viên xuất sắc để thành lập đội tuyển của"
                " tỉnh tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI."
            ),
            Raw(
                '<p style="text-align:right;"><strong>Tin: Trần Quốc Bảo - Ảnh: Nguyễn Khoa'
                "</strong></p>"
            ),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Nguyễn Khoa"],
        opts={
            "when": datetime(2026, 11, 4, 9, 40),
            "line": "both",
            "edited": datetime(2026, 11, 6, 10, 5),
            "user": "bientap01",
            "tags": ["Hội khỏe Phù Đổng"],
        },
    ),
    Story(
        id=2355,
        slug="trien-khai-nhiem-vu-giao-duc-thuong-xuyen-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        cat="12",
        published_at="2026-10-28T15:10:00+07:00",
        summary=(
            "Ngày 27/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục thường xuyên,"
            " giáo dục nghề nghiệp năm học 2026 - 2027 cho lãnh đạo 28 trung tâm GDNN-GDTX"
            " trong tỉnh."
        ),
        blocks=[
            P(
                "Ngày 27/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục thường xuyên,"
                " giáo dục nghề nghiệp năm học 2026 - 2027 cho lãnh đạo 28 trung tâm GDNN-GDTX"
                " trong tỉnh.",
                "bold",
            ),
            P(
                "Năm học 2025 - 2026, khối giáo dục thường xuyên có 9.840 học viên học chương"
                " trình GDTX cấp THPT, tỷ lệ tốt nghiệp đạt 93,2%. Các trung tâm đã liên kết đào"
                " tạo trình độ trung cấp cho gần 4.000 học viên, góp phần phân luồng học sinh sau"
                " THCS."
            ),
            Img(
                f"{UP}/2026/10/28/hoi-nghi-gdtx.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "fig",
            ),
            P(
                "Năm học mới, các trung tâm tập trung nâng cao chất lượng dạy văn hóa kết hợp học"
                " nghề, đẩy mạnh xây dựng xã hội học tập, duy trì hoạt động hiệu quả các trung tâm"
                " học tập cộng đồng ở xã, phường."
            ),
            Raw('<p style="text-align:right;"><strong>Tin: Vũ Thị Thanh Hương</strong></p>'),
        ],
        authors=["Vũ Thị Thanh Hương"],
        opts={"when": datetime(2026, 10, 28, 15, 10), "line": "capnhat", "user": "bientap02"},
    ),
    Story(
        id=2347,
        slug="ra-mat-mo-hinh-cau-lac-bo-tieng-anh-trong-truong-thpt",
        title="Ra mắt mô hình câu lạc bộ tiếng Anh trong trường THPT",
        cat="12",
        published_at="2026-09-25",
        blocks=[
            P(
                "Ngày 23/9, Trường THPT Lê Quý Đôn (Bảo Lộc) tổ chức ra mắt Câu lạc bộ tiếng Anh"
                " “Green English Club” với 85 thành viên là học sinh các khối lớp 10, 11, 12."
            ),
            Img(
                f"{UP}/migrated/2026/09/clb-tieng-anh-le-quy-don.jpg",
                "(Học sinh biểu diễn tiết mục văn nghệ bằng tiếng Anh tại buổi ra mắt)",
                "Học sinh biểu diễn tiết mục văn nghệ bằng tiếng Anh tại buổi ra mắt",
                "old",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần với các hoạt động hùng biện, kể"
                " chuyện, đóng kịch, hát tiếng Anh và giao lưu trực tuyến với học sinh nước ngoài."
                " Giáo viên tổ Ngoại ngữ luân phiên hướng dẫn, hỗ trợ học sinh."
            ),
            P(
                "Đây là một trong 24 câu lạc bộ tiếng Anh được thành lập tại các trường THPT trong"
                " tỉnh từ đầu năm học, nằm trong kế hoạch nâng cao năng lực ngoại ngữ cho học sinh"
                " giai đoạn 2026 - 2030."
            ),
            Raw('<p style="text-align:right;"><b>Tin và ảnh: Phạm Thị Thu Trang</b></p>'),
        ],
        authors=["Phạm Thị Thu Trang"],
        photographers=["Phạm Thị Thu Trang"],
        opts={
            "when": datetime(2026, 9, 25, 0, 0),
            "line": "ngaydang",
            "user": "admin",
            "old": 5186,
        },
    ),
    Story(
        id=2339,
        slug="toan-tinh-tung-bung-khai-giang-nam-hoc-moi-2026-2027",
        title="Toàn tỉnh tưng bừng khai giảng năm học mới 2026 - 2027",
        cat="12",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 05/9, hơn 520.000 học sinh các cấp học trên địa bàn tỉnh Lâm Đồng đã dự lễ"
                " khai giảng năm học 2026 - 2027. Năm học này, toàn tỉnh có thêm 14 trường học"
                " được xây mới, mở rộng, đáp ứng nhu cầu học tập của học sinh."
            ),
            Img(
                f"{UP}/migrated/2026/09/khai-giang-ptdtnt.jpg",
                "(Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới tại Trường PTDTNT"
                " tỉnh)",
                "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới tại Trường PTDTNT tỉnh",
                "old",
            ),
            P(
                "Tại các điểm trường vùng sâu, vùng xa, giáo viên đã vận động học sinh ra lớp đầy"
                " đủ, chuẩn bị sách giáo khoa, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn"
                " từ trước ngày khai giảng."
            ),
            Img(f"{UP}/migrated/2026/09/khai-giang-diem-truong.jpg", None, None, "old"),
            P(
                "Cùng với lễ khai giảng, các trường tổ chức nhiều hoạt động chào mừng năm học mới"
                " như văn nghệ, trò chơi dân gian, giới thiệu câu lạc bộ; nhiều trường chọn hình"
                " thức tổ chức gọn nhẹ, dành thời gian cho học sinh làm quen với thầy cô, lớp học"
                " mới."
            ),
            Raw('<p style="text-align:right;"><b>Nguyễn Văn Hải - Văn phòng Sở</b></p>'),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={
            "when": datetime(2026, 9, 5, 0, 0),
            "line": "ngaydang",
            "user": "admin",
            "old": 5162,
            "nfd_title": True,
        },
    ),
    Story(
        id=2385,
        slug="truong-thpt-chuyen-thang-long-to-chuc-ngay-hoi-hoc-sinh-khoi-nghiep",
        title="Trường THPT chuyên Thăng Long tổ chức Ngày hội “Học sinh khởi nghiệp”",
        cat="13",
        published_at="2026-11-19T15:40:00+07:00",
        summary=(
            "Ngày 18/11, Trường THPT chuyên Thăng Long - Đà Lạt tổ chức Ngày hội “Học sinh"
            " khởi nghiệp” với 36 gian hàng trưng bày ý tưởng, sản phẩm của học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các sản phẩm được học sinh chuẩn bị từ nhiều tuần trước, gắn với đặc sản địa"
                " phương như mứt dâu tây, trà atiso, cà phê Cầu Đất, hoa khô Đà Lạt. Nhiều nhóm còn"
                " xây dựng kế hoạch kinh doanh, tính toán chi phí, lợi nhuận và quảng bá sản phẩm"
                " trên mạng xã hội."
            ),
            Img(
                f"{UP}/2026/11/19/ngay-hoi-khoi-nghiep.jpg",
                "Gian hàng trà atiso của học sinh lớp 11 Sinh",
                "Gian hàng trà atiso của học sinh lớp 11 Sinh",
                "fig",
            ),
            P(
                "Ban Giám khảo đã chọn 5 dự án xuất sắc để tham dự cuộc thi “Học sinh, sinh viên"
                " với ý tưởng khởi nghiệp” cấp tỉnh. Toàn bộ số tiền thu được từ các gian hàng,"
                " hơn 38 triệu đồng, được nhà trường dùng để hỗ trợ học sinh có hoàn cảnh khó"
                " khăn."
            ),
        ],
        authors=["Trường THPT chuyên Thăng Long"],
        opts={
            "when": datetime(2026, 11, 19, 15, 40),
            "line": "capnhat",
            "user": "thptthanglong",
            "box": "Trường THPT chuyên Thăng Long",
            "tags": ["Khởi nghiệp"],
        },
    ),
    Story(
        id=2367,
        slug="truong-mam-non-hoa-hong-to-chuc-hoi-thi-be-khoe-be-ngoan",
        title="Trường Mầm non Hoa Hồng tổ chức hội thi “Bé khỏe - Bé ngoan”",
        cat="13",
        published_at="2026-11-07T10:20:00+07:00",
        summary=(
            "Nhằm tạo sân chơi bổ ích cho trẻ, Trường Mầm non Hoa Hồng (phường Lâm Viên - Đà"
            " Lạt) tổ chức hội thi “Bé khỏe - Bé ngoan” cho hơn 300 trẻ mẫu giáo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm các phần: đồng diễn thể dục nhịp điệu, vượt chướng ngại vật, bật xa,"
                " ném bóng trúng đích và trò chơi dân gian. Các bé tham gia hào hứng, mạnh dạn,"
                " thể hiện kỹ năng vận động được rèn luyện hằng ngày tại lớp."
            ),
            Img(
                f"{UP}/2026/11/07/be-khoe-be-ngoan.jpg",
                "Các bé lớp Lá 2 đồng diễn thể dục nhịp điệu (Ảnh: Minh Quân)",
                "Các bé lớp Lá 2 đồng diễn thể dục nhịp điệu (Ảnh: Minh Quân)",
                "fig",
            ),
            P(
                "Thông qua hội thi, nhà trường đánh giá kết quả giáo dục phát triển vận động của"
                " trẻ, đồng thời tuyên truyền tới phụ huynh về chế độ dinh dưỡng, vận động hợp lý"
                " cho trẻ ở lứa tuổi mầm non."
            ),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Minh Quân"],
        opts={
            "when": datetime(2026, 11, 7, 10, 20),
            "line": "capnhat",
            "user": "mnhoahong",
            "box": "Cô Nguyễn Thị Mai - Trường MN Hoa Hồng",
        },
    ),
    Story(
        id=2350,
        slug="truong-ptdtnt-tinh-to-chuc-le-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT tỉnh tổ chức Lễ hội văn hóa các dân tộc",
        cat="13",
        published_at="2026-10-22T07:45:00+07:00",
        blocks=[
            P(
                "Ngày 20/10, Trường Phổ thông Dân tộc nội trú tỉnh tổ chức Lễ hội văn hóa các dân"
                " tộc năm 2026 với sự tham gia của 560 học sinh thuộc 18 dân tộc đang học tập tại"
                " trường."
            ),
            Img(
                f"{UP}/2026/10/22/z6012458813925_3f8a0b1c7d2e94.jpg",
                "z6012458813925_3f8a0b1c7d2e94.jpg",
                None,
                "fig",
            ),
            P(
                "Lễ hội tái hiện nhiều nét văn hóa đặc sắc như lễ mừng lúa mới của người K’Ho,"
                " diễn tấu cồng chiêng của người M’Nông, trình diễn trang phục truyền thống của"
                " người Chăm, người Mạ. Học sinh còn giới thiệu các món ăn truyền thống, nhạc cụ"
                " và nghề dệt thổ cẩm của dân tộc mình."
            ),
            P(
                "Hoạt động góp phần giáo dục học sinh ý thức giữ gìn, phát huy bản sắc văn hóa dân"
                " tộc, tăng cường đoàn kết giữa học sinh các dân tộc trong nhà trường."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 22, 7, 45),
            "line": "capnhat",
            "user": "ptdtnt",
            "box": "Ban biên tập",
        },
    ),
    Story(
        id=2393,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="14",
        published_at="2026-11-23T10:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("09/12/2026 | Chiều | Họp Ban Chỉ đạo, thí sinh làm thủ tục dự thi | 14h00", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử, Địa lí | 180 phút",
                "tr",
            ),
            P(
                "11/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Tin học | 180 phút",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT chuyên Thăng Long - Đà Lạt (cụm phía Bắc), Trường THPT"
                " chuyên Bảo Lộc (cụm phía Nam) và Trường THPT chuyên Trần Hưng Đạo (cụm Phan"
                " Thiết)."
            ),
            P(
                "Thí sinh có mặt tại địa điểm thi trước giờ thi 30 phút, mang theo thẻ căn cước"
                " hoặc thẻ học sinh có dán ảnh. Chi tiết xem tại văn bản đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 10, 0),
            "line": "capnhat",
            "user": "vanphong",
            "files": [("Thong-bao-lich-thi-HSG-lop-12-nam-hoc-2026-2027.pdf", "176 KB")],
        },
    ),
    Story(
        id=2358,
        slug="thong-bao-chieu-sinh-lop-boi-duong-nghiep-vu-quan-ly-giao-duc",
        title="Thông báo chiêu sinh lớp bồi dưỡng nghiệp vụ quản lý giáo dục",
        cat="14",
        published_at="2026-11-02T08:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT thông báo chiêu sinh lớp bồi dưỡng nghiệp vụ quản lý giáo dục năm 2026,"
                " cụ thể như sau:"
            ),
            P(
                "Đối tượng: hiệu trưởng, phó hiệu trưởng các trường mầm non, phổ thông và cán bộ"
                " trong diện quy hoạch chức danh quản lý;",
                "li",
            ),
            P("Thời gian học: 8 tuần, khai giảng ngày 01/12/2026;", "li"),
            P("Hình thức: học trực tiếp kết hợp trực tuyến, cuối khóa có bài kiểm tra;", "li"),
            P("Kinh phí: do ngân sách nhà nước chi trả.", "li"),
            P(
                "Các đơn vị gửi danh sách học viên về Sở (qua Văn phòng Sở) trước ngày 20/11/2026"
                " qua hệ thống quản lý văn bản và điều hành."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 2, 8, 0),
            "line": "capnhat",
            "user": "admin",
            "box": "Văn phòng Sở",
        },
    ),
]


@dataclass(frozen=True)
class LinkEntry:
    """A listing entry of type "Liên kết": its link goes elsewhere (LinkNgoai)."""

    id: int
    cat: int
    when: datetime
    title: str
    href: str
    summary: str


LINKS: list[LinkEntry] = [
    LinkEntry(2386, 12, datetime(2026, 11, 19, 8, 0),
              "Bộ GD&ĐT hướng dẫn tổ chức kỳ thi tốt nghiệp THPT năm 2027",
              "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=11234",
              "Bộ GD&ĐT vừa ban hành văn bản hướng dẫn các địa phương chuẩn bị tổ chức kỳ thi"
              " tốt nghiệp THPT năm 2027."),
    LinkEntry(2366, 12, datetime(2026, 11, 7, 16, 0),
              "Hình ảnh Hội khỏe Phù Đổng tỉnh Lâm Đồng lần thứ XI năm 2026", "/ThuVienAnh/45",
              "Một số hình ảnh thi đấu tại Hội khỏe Phù Đổng tỉnh lần thứ XI."),
    LinkEntry(2352, 12, datetime(2026, 10, 23, 9, 0),
              "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
              "/VanBan/ChiTiet/87",
              "Văn bản hướng dẫn của Sở GD&ĐT về nhiệm vụ giáo dục trung học năm học mới."),
    LinkEntry(2342, 12, datetime(2026, 9, 15, 0, 0),
              "Thư của Bộ trưởng Bộ GD&ĐT gửi ngành Giáo dục nhân dịp khai giảng năm học mới",
              "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10987",
              "Thư chúc mừng năm học mới 2026 - 2027 của Bộ trưởng Bộ GD&ĐT."),
    LinkEntry(2373, 14, datetime(2026, 11, 12, 14, 30),
              "Thông báo kết luận của Giám đốc Sở tại hội nghị giao ban tháng 10/2026",
              "/VanBan/ChiTiet/90",
              "Kết luận của Giám đốc Sở tại hội nghị giao ban trực tuyến tháng 10/2026."),
]  # fmt: skip

Entry = Story | LinkEntry
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_OLD: dict[int, Story] = {s.opts["old"]: s for s in STORIES if s.opts.get("old")}


def when(e: Entry) -> datetime:
    return e.when if isinstance(e, LinkEntry) else e.opts["when"]


def cat_of(e: Entry) -> int:
    return e.cat if isinstance(e, LinkEntry) else int(e.cat)


def article_path(s: Story) -> str:
    return f"/TinTuc/ChiTiet/{s.id}/{s.slug}"


def old_path(s: Story) -> str | None:
    return f"/tin-tuc/{s.slug}-{s.opts['old']}.html" if s.opts.get("old") else None


def href_of(e: Entry) -> str:
    return e.href if isinstance(e, LinkEntry) else article_path(e)


ENTRIES: list[Entry] = sorted([*STORIES, *LINKS], key=when, reverse=True)


def in_cat(cat: int) -> list[Entry]:
    return [e for e in ENTRIES if cat_of(e) == cat]


def chunk(cat: int, trang: int) -> tuple[list[Entry], bool]:
    """The entries of "page" ``trang`` (1: the category page) and whether more remain."""
    items = in_cat(cat)
    if trang <= 1:
        start, end = 0, FIRST
    else:
        start, end = FIRST + (trang - 2) * MORE, FIRST + (trang - 1) * MORE
    return items[start:end], end < len(items)


def xem_them_pages(cat: int) -> list[int]:
    """The ``trang`` values "Xem thêm tin" loads for a category."""
    out, t = [], 2
    while chunk(cat, t - 1)[1]:
        out.append(t)
        t += 1
    return out


def xem_them(cat: int, trang: int) -> str:
    return f"/TinTuc/DanhMuc?handler=XemThem&danhMucId={cat}&trang={trang}"


def tags_of(s: Story) -> list[str]:
    return s.opts.get("tags", [])


ALL_TAGS: list[str] = sorted({t for s in STORIES for t in tags_of(s)})


def tag_path(tag: str) -> str:
    return f"/TimKiem?tuKhoa={quote(tag)}"


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/VanBan/ChiTiet/{self.id}"

    @property
    def file(self) -> str:
        return f"{FILES}/van-ban/{self.issued:%Y/%m}/{self.number.replace('/', '-').replace('Đ', 'D')}.pdf"


DOCS: list[Doc] = [
    Doc(91, "3318/SGDĐT-QLCL", "Công văn", date(2026, 11, 24), "Nguyễn Thị Thanh Bình",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(90, "128/TB-SGDĐT", "Thông báo", date(2026, 11, 12), "Văn phòng Sở",
        "Thông báo kết luận của Giám đốc Sở tại hội nghị giao ban tháng 10/2026"),
    Doc(89, "1542/QĐ-SGDĐT", "Quyết định", date(2026, 11, 9), "Phạm Văn Hùng",
        "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027"),
    Doc(88, "412/KH-SGDĐT", "Kế hoạch", date(2026, 10, 30), "Nguyễn Thị Thanh Bình",
        "Kế hoạch tổ chức Ngày hội STEM cấp tỉnh năm học 2026 - 2027"),
    Doc(87, "3025/SGDĐT-GDTrH", "Công văn", date(2026, 10, 21), "Trần Đình Khoa",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027"),
    Doc(86, "2978/SGDĐT-TCCB", "Công văn", date(2026, 10, 15), "Phạm Văn Hùng",
        "V/v đánh giá, xếp loại viên chức năm 2026"),
    Doc(85, "1398/QĐ-SGDĐT", "Quyết định", date(2026, 10, 8), "Phạm Văn Hùng",
        "Quyết định ban hành Quy chế làm việc của Sở GD&ĐT"),
    Doc(84, "389/KH-SGDĐT", "Kế hoạch", date(2026, 10, 1), "Trần Đình Khoa",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027"),
    Doc(83, "2801/SGDĐT-CTTT", "Công văn", date(2026, 9, 24), "Nguyễn Thị Thanh Bình",
        "V/v tăng cường công tác phòng, chống đuối nước cho học sinh"),
    Doc(82, "2744/SGDĐT-KHTC", "Công văn", date(2026, 9, 17), "Phạm Văn Hùng",
        "V/v thực hiện chính sách miễn học phí năm học 2026 - 2027"),
    Doc(81, "1210/QĐ-UBND", "Quyết định", date(2026, 8, 20), "Chủ tịch UBND tỉnh",
        "Quyết định ban hành khung kế hoạch thời gian năm học 2026 - 2027"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}
DOC_PAGES = -(-len(DOCS) // DOCS_PER_PAGE)


@dataclass(frozen=True)
class Album:
    id: int
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]


ALBUMS: list[Album] = [
    Album(45, "Hội khỏe Phù Đổng tỉnh Lâm Đồng lần thứ XI năm 2026", date(2026, 11, 7), (
        ("hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
        ("hkpd-02.jpg", "Thi đấu môn điền kinh"),
        ("hkpd-03.jpg", "Thi đấu môn kéo co khối THCS"),
        ("hkpd-04.jpg", "Thi đấu môn cờ vua"),
        ("hkpd-05.jpg", "Trao huy chương môn bơi"),
        ("hkpd-06.jpg", "Lễ bế mạc"),
    )),
    Album(44, "Ngày hội đọc sách năm 2026", date(2026, 10, 18), (
        ("doc-sach-01.jpg", "Học sinh đọc sách tại thư viện xanh"),
        ("doc-sach-02.jpg", "Gian trưng bày sách của Trường THCS Chu Văn An"),
        ("doc-sach-03.jpg", "Thi kể chuyện theo sách"),
        ("doc-sach-04.jpg", "Trao thưởng cuộc thi Đại sứ văn hóa đọc"),
    )),
    Album(43, "Lễ khai giảng năm học 2026 - 2027", date(2026, 9, 5), (
        ("khai-giang-01.jpg", "Lễ chào cờ tại Trường THPT Trần Phú"),
        ("khai-giang-02.jpg", "Học sinh lớp 1 ngày đầu đến trường"),
        ("khai-giang-03.jpg", "Đánh trống khai giảng tại Trường PTDTNT tỉnh"),
        ("khai-giang-04.jpg", "Văn nghệ chào mừng năm học mới"),
    )),
]  # fmt: skip
_ALBUM_BY_ID = {a.id: a for a in ALBUMS}

#: static pages: path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/GioiThieu/ChucNangNhiemVu": ("Chức năng, nhiệm vụ", [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Đồng, có"
        " chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ"
        " thông, giáo dục thường xuyên; mục tiêu, chương trình, nội dung giáo dục; quy chế thi"
        " cử và cấp văn bằng, chứng chỉ; cơ sở vật chất, thiết bị trường học.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
        " chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra về"
        " chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    ]),
    "/GioiThieu/CoCauToChuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 04 Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng"
        " Giáo dục thường xuyên; Phòng Quản lý chất lượng.",
    ]),
    "/GioiThieu/LanhDaoSo": ("Lãnh đạo Sở", [
        "Giám đốc Sở: Phạm Văn Hùng.",
        "Phó Giám đốc Sở: Nguyễn Thị Thanh Bình, Trần Đình Khoa, Lê Văn Phước, K’ Brơi.",
    ]),
    "/ChinhSachBaoMat": ("Chính sách bảo mật", [
        "Cổng thông tin điện tử Sở GD&ĐT sử dụng cookie để ghi nhớ lựa chọn ngôn ngữ, đồng ý"
        " cookie và thống kê lượt truy cập. Chúng tôi không thu thập thông tin cá nhân của người"
        " dùng khi không có sự đồng ý.",
    ]),
}  # fmt: skip


# --------------------------------------------------------------------------- the gold (by hand)


def _alts(s: Story) -> list[str]:
    path = article_path(s)
    alts = [f"{path}?culture=en-US", f"{path}?culture=vi-VN"]
    if old := old_path(s):
        alts.append(old)
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[int(s.cat)].name, alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
]

NON_ARTICLES: list[str] = [
    "/",
    "/TinTuc",
    *(c.path for c in CATS.values()),
    *(xem_them(c, t) for c in CATS for t in xem_them_pages(c)),
    *PAGES,
    "/LienHe",
    "/VanBan",
    *(f"/VanBan?handler=Trang&p={n}" for n in range(1, DOC_PAGES + 1)),
    *(d.path for d in DOCS),
    "/ThuVienAnh",
    *(f"/ThuVienAnh/{a.id}" for a in ALBUMS),
    "/Account/Login",
    "/LichCongTac",
    *(tag_path(t) for t in ALL_TAGS),
    *(f"{article_path(s)}?handler=In" for s in STORIES),
]


# --------------------------------------------------------------------------- rendering

_RAZOR_ASCII = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#x27;", "+": "&#x2B;"}


def R(value: str) -> str:
    """A string as Razor's default HtmlEncoder writes it (non-ASCII as hex references)."""
    return "".join(
        _RAZOR_ASCII.get(ch) or (ch if ord(ch) < 128 else f"&#x{ord(ch):X};") for ch in value
    )


_EN = {
    "Trang chủ": "Home", "Giới thiệu": "About", "Tin tức": "News", "Văn bản": "Documents",
    "Thư viện ảnh": "Gallery", "Lịch công tác": "Schedule", "Liên hệ": "Contact",
    "Đăng nhập": "Sign in", "Tin khác": "Other news", "Tải về": "Downloads",
    "Xem thêm tin": "Load more", "Tin mới": "Latest news", "Văn bản mới": "New documents",
    "Từ khóa": "Tags", "In bài": "Print", "Người đăng": "Posted by", "Lượt xem": "Views",
    "Chia sẻ": "Share", "Thăm dò ý kiến": "Poll", "Thống kê truy cập": "Visitors",
    "Tìm kiếm": "Search", "Xem tất cả": "View all",
}  # fmt: skip
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def L(label: str, en: bool) -> str:
    return R(_EN.get(label, label) if en else label)


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _iso(d: datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"


def _views(e: Entry) -> str:
    n = 315 + (e.id * 53) % 2400
    return f"{n:,}".replace(",", ".")


def _title_text(s: Story) -> str:
    return unicodedata.normalize("NFD", s.title) if s.opts.get("nfd_title") else s.title


def _thumb(e: Entry) -> str:
    if isinstance(e, LinkEntry):
        return f"{THUMBS}/lien-ket/{e.id}.jpg"
    return f"{THUMBS}/{e.opts['when']:%Y/%m}/{e.slug[:40]}.jpg"


def _entry_summary(e: Entry) -> str:
    if isinstance(e, LinkEntry):
        return e.summary
    first = e.summary or next(b.text for b in e.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "..."


def _entry(e: Entry) -> str:
    """One listing entry (the _TinItem partial)."""
    href = href_of(e)
    target = ' target="_blank" rel="noopener"' if href.startswith("http") else ""
    title = R(_title_text(e) if isinstance(e, Story) else e.title)
    return (
        '<div class="tin-item row g-3 mb-3">'
        f'<div class="col-4 col-md-3"><a href="{esc(href)}"{target} class="tin-thumb">'
        f'<img src="{_thumb(e)}" alt="{title}" class="img-fluid rounded" loading="lazy" /></a></div>'
        '<div class="col-8 col-md-9">'
        f'<h3 class="tin-tieude"><a href="{esc(href)}"{target}>{title}</a></h3>'
        f'<div class="tin-ngay"><i class="bi bi-calendar3"></i> {_dmy(when(e))}</div>'
        f'<p class="tin-tomtat d-none d-md-block">{R(_entry_summary(e))}</p>'
        "</div></div>"
    )


def _button(cat: int, trang: int, en: bool = False) -> str:
    return (
        '<div class="xem-them text-center my-3">'
        f'<button type="button" id="btnXemThem" class="btn-xem-them" data-trang="{trang}"'
        f' data-danhmuc="{cat}">{L("Xem thêm tin", en)}</button></div>'
    )


def _partial(cat: int, trang: int) -> str:
    if cat not in CATS:
        return ""
    items, more = chunk(cat, trang)
    if not items:
        return ""
    out = "\n".join(_entry(e) for e in items)
    return out + ("\n" + _button(cat, trang + 1) if more else "")


def _crumbs(items: list[tuple[str, str | None]], en: bool) -> str:
    lis = [
        f'<li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i> {L("Trang chủ", en)}</a></li>'
    ]
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{R(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{R(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'


def _menu(en: bool) -> str:
    cats = "".join(
        f'<li><a class="dropdown-item" href="{c.path}">{R(c.name)}</a></li>' for c in CATS.values()
    )
    intro = "".join(
        f'<li><a class="dropdown-item" href="{p}">{R(PAGES[p][0])}</a></li>'
        for p in ("/GioiThieu/ChucNangNhiemVu", "/GioiThieu/CoCauToChuc", "/GioiThieu/LanhDaoSo")
    )
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-sgd"><div class="container">'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu"'
        ' aria-controls="mainMenu" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav me-auto">'
        f'<li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-fill"></i> {L("Trang chủ", en)}</a></li>'
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">{L("Giới thiệu", en)}</a>'
        f'<ul class="dropdown-menu">{intro}</ul></li>'
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/TinTuc" role="button" data-bs-toggle="dropdown">{L("Tin tức", en)}</a>'
        f'<ul class="dropdown-menu">{cats}</ul></li>'
        f'<li class="nav-item"><a class="nav-link" href="/VanBan">{L("Văn bản", en)}</a></li>'
        f'<li class="nav-item"><a class="nav-link" href="/ThuVienAnh">{L("Thư viện ảnh", en)}</a></li>'
        f'<li class="nav-item"><a class="nav-link" href="/LichCongTac">{L("Lịch công tác", en)}</a></li>'
        f'<li class="nav-item"><a class="nav-link" href="/LienHe">{L("Liên hệ", en)}</a></li>'
        "</ul>"
        '<form class="d-flex tim-kiem" role="search" action="/TimKiem" method="get">'
        f'<input class="form-control form-control-sm me-1" type="search" name="tuKhoa" placeholder="{L("Tìm kiếm", en)}..." aria-label="{L("Tìm kiếm", en)}" />'
        '<button class="btn btn-sm btn-warning" type="submit"><i class="bi bi-search"></i></button></form>'
        "</div></div></nav>"
    )  # fmt: skip


def _today(en: bool) -> str:
    if en:
        return f"{WEEKDAYS_EN[TODAY_DATE.weekday()]}, {_dmy(TODAY_DATE)}"
    return TODAY


def _sidebar(en: bool) -> str:
    latest = "".join(
        f'<li><a href="{esc(href_of(e))}">{R(_title_text(e) if isinstance(e, Story) else e.title)}</a>'
        f' <span class="ngay">({_dmy(when(e))})</span></li>'
        for e in ENTRIES[:5]
    )
    docs = "".join(
        f'<li><a href="{d.path}">{R(d.number)}</a><div class="trich-yeu">{R(d.abstract)}</div>'
        f'<span class="ngay">{L("Ngày ban hành", en)}: {_dmy(d.issued)}</span></li>'
        for d in DOCS[:5]
    )
    options = [
        "Rất hữu ích",
        "Hữu ích",
        "Bình thường",
        "Cần cải thiện",
    ]
    poll = "".join(
        f'<div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" id="lc{i}" value="{i}" />'
        f'<label class="form-check-label" for="lc{i}">{R(o)}</label></div>'
        for i, o in enumerate(options, 1)
    )
    links = "".join(
        f'<option value="{u}">{R(n)}</option>'
        for u, n in (
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://lamdong.gov.vn", "Cổng TTĐT tỉnh Lâm Đồng"),
            ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
            ("https://csdl.moet.gov.vn", "Cơ sở dữ liệu ngành giáo dục"),
        )
    )
    return (
        '<aside class="col-lg-4 sidebar">'
        f'<div class="widget widget-tin-moi"><h4 class="widget-title">{L("Tin mới", en)}</h4><ul class="list-unstyled">{latest}</ul></div>'
        f'<div class="widget widget-van-ban"><h4 class="widget-title">{L("Văn bản mới", en)}</h4><ul class="list-unstyled">{docs}</ul>'
        f'<a class="xem-tat-ca" href="/VanBan">{L("Xem tất cả", en)} &raquo;</a></div>'
        '<div class="widget widget-banner"><a href="/LichCongTac"><img src="/images/banner-lich-cong-tac.png" alt="'
        f'{L("Lịch công tác", en)}" class="img-fluid" /></a></div>'
        f'<div class="widget widget-binh-chon"><h4 class="widget-title">{L("Thăm dò ý kiến", en)}</h4>'
        '<form method="post" action="/?handler=BinhChon" id="frmBinhChon">'
        f'<p class="cau-hoi">{R("Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?")}</p>{poll}'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        f'<button type="submit" class="btn btn-sm btn-primary mt-2">{R("Bình chọn")}</button></form></div>'
        f'<div class="widget widget-lien-ket"><h4 class="widget-title">{R("Liên kết website")}</h4>'
        f'<select class="form-select form-select-sm" onchange="if(this.value)window.open(this.value)"><option value="">{R("-- Chọn liên kết --")}</option>{links}</select></div>'
        f'<div class="widget widget-thong-ke"><h4 class="widget-title">{L("Thống kê truy cập", en)}</h4>'
        f'<ul class="list-unstyled"><li>{R("Đang trực tuyến")}: <b>37</b></li><li>{R("Hôm nay")}: <b>1.254</b></li>'
        f'<li>{R("Hôm qua")}: <b>2.108</b></li><li>{R("Tổng lượt truy cập")}: <b>2.874.310</b></li></ul></div>'
        "</aside>"
    )  # fmt: skip


def _layout(
    title: str,
    main: str,
    path: str,
    en: bool = False,
    head: str = "",
    sidebar: bool = True,
    canonical: str | None = "",
    base: str = "",
) -> str:
    canon = canonical if canonical is not None else ""
    link = (
        f'<link rel="canonical" href="{base}{canon or path}" />\n' if canonical is not None else ""
    )
    body = (
        f'<div class="row"><main class="col-lg-8" role="main">{main}</main>{_sidebar(en)}</div>'
        if sidebar
        else main
    )
    lang = "en" if en else "vi"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{R(title)} - {R(SHORT)}</title>\n{link}{head}"
        '<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />\n'
        '<link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.min.css" />\n'
        f'<link rel="stylesheet" href="/css/site.min.css?v={ASSET_V}" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="{R(SHORT)}" href="/rss" />\n'
        '<link rel="icon" type="image/x-icon" href="/favicon.ico" />\n</head>\n<body>\n'
        '<header class="site-header">'
        '<div class="topbar"><div class="container d-flex justify-content-between">'
        f'<span class="ngay-hom-nay"><i class="bi bi-calendar-event"></i> {R(_today(en))}</span>'
        '<span class="topbar-right">'
        f'<a href="{path}?culture=vi-VN" class="lang{" active" if not en else ""}" title="Tiếng Việt">VI</a> | '
        f'<a href="{path}?culture=en-US" class="lang{" active" if en else ""}" title="English">EN</a> | '
        f'<a href="/Account/Login"><i class="bi bi-person-circle"></i> {L("Đăng nhập", en)}</a></span>'
        "</div></div>"
        '<div class="banner container"><a href="/"><img src="/images/banner-sgddt-lamdong.png"'
        f' alt="{R(SITE)}" class="img-fluid" /></a></div>{_menu(en)}</header>\n'
        f'<div class="container main-wrap">{body}</div>\n'
        '<footer class="site-footer"><div class="container"><div class="row">'
        f'<div class="col-md-8"><h5>{R(SITE.upper())}</h5>'
        f"<p>{R('Địa chỉ')}: {R(ADDRESS)}</p>"
        f"<p>{R('Điện thoại')}: {PHONE} - {R('Đường dây nóng')}: {HOTLINE} - Email: {EMAIL}</p>"
        f"<p>{R('Chịu trách nhiệm chính: Phạm Văn Hùng - Giám đốc Sở GD&ĐT')}</p>"
        f"<p>{R('Giấy phép số 15/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 12/9/2026')}</p></div>"
        f'<div class="col-md-4 text-md-end"><p>{R("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p>'
        '<p><a href="/rss"><i class="bi bi-rss-fill"></i> RSS</a></p>'
        f'<p class="vendor">{R("Thiết kế và phát triển bởi Công ty TNHH Giải pháp Phần mềm Đông Dương")}</p></div>'
        "</div></div></footer>\n"
        '<div id="cookieConsent" class="alert alert-info alert-dismissible fade show fixed-bottom mb-0" role="alert">'
        f'{R("Trang web sử dụng cookie để cải thiện trải nghiệm của bạn.")} '
        f'<a href="/ChinhSachBaoMat">{R("Tìm hiểu thêm")}</a>.'
        '<button type="button" class="accept-policy btn btn-sm btn-primary ms-2" data-bs-dismiss="alert"'
        ' aria-label="Close" data-cookie-string=".AspNet.Consent=yes; expires=Thu, 25 Nov 2027 02:10:44 GMT;'
        f' path=/; secure; samesite=none"><span aria-hidden="true">{R("Đồng ý")}</span></button></div>\n'
        "<script>(function(){var b=document.querySelector('#cookieConsent button[data-cookie-string]');"
        "b&&b.addEventListener('click',function(){document.cookie=b.dataset.cookieString},!1)})();</script>\n"
        '<script src="/lib/jquery/dist/jquery.min.js"></script>\n'
        '<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>\n'
        f'<script src="/js/site.min.js?v={ASSET_V}"></script>\n'
        "</body>\n</html>\n"
    )  # fmt: skip


# --- the article ---------------------------------------------------------------------------


def _inline(value: str, s: Story, style: str) -> str:
    nfd = bool(s.opts.get("old"))
    if style.startswith("a|"):
        _, href, phrase = style.split("|", 2)
        before, after = value.split(phrase, 1)
        return (
            text(before, nfd=nfd)
            + f'<a href="{esc(href)}">{text(phrase, nfd=nfd)}</a>'
            + text(after, nfd=nfd)
        )
    return text(value, nfd=nfd)


def _img(img: Img, s: Story) -> str:
    nfd = bool(s.opts.get("old"))
    if img.style == "old":
        out = (
            '<p style="text-align:center"><img alt="" src="'
            f'{esc(img.src)}" style="width:600px;height:400px" /></p>'
        )
        if img.printed:
            out += f'<p style="text-align:center"><em>{text(img.printed, nfd=nfd)}</em></p>'
        return out
    cls = {"fig": "image", "side": "image image-style-side", "lazy": "image"}[img.style]
    if img.style == "lazy":
        tag = (
            '<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="'
            f' data-src="{esc(img.src)}" alt="" />'
        )
    else:
        tag = f'<img src="{esc(img.src)}" alt="" />'
    cap = f"<figcaption>{text(img.printed)}</figcaption>" if img.printed else ""
    return f'<figure class="{cls}">{tag}{cap}</figure>'


def _content(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []
    lazy: list[Img] = []
    nfd = bool(s.opts.get("old"))

    def flush() -> None:
        if rows:
            head = "".join(f"<th>{text(c)}</th>" for c in rows[0].text.split(" | "))
            body = "".join(
                "<tr>" + "".join(f"<td>{text(c)}</td>" for c in r.text.split(" | ")) + "</tr>"
                for r in rows[1:]
            )
            out.append(
                f'<figure class="table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></figure>'
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{text(i.text)}</li>" for i in items) + "</ul>")
            items.clear()
        if lazy:
            out.append('<div class="album-anh">' + "".join(_img(i, s) for i in lazy) + "</div>")
            lazy.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, Img) and b.style == "lazy":
            lazy.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
        elif isinstance(b, Img):
            out.append(_img(b, s))
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        elif b.style == "bold":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif nfd:
            out.append(f'<p style="text-align:justify">{_inline(b.text, s, b.style)}</p>')
        else:
            out.append(f"<p>{_inline(b.text, s, b.style)}</p>")
    flush()
    if not nfd:
        out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _date_line(s: Story, en: bool) -> str:
    w: datetime = s.opts["when"]
    line = s.opts["line"]
    if line == "ngaydang":
        shown = f"{'Posted' if en else 'Ngày đăng'}: {_dmy(w)}"
    elif line == "capnhat":
        shown = (
            f"Updated at {w:%H:%M} on {_dmy(w)}" if en else f"Cập nhật lúc {w:%H:%M} ngày {_dmy(w)}"
        )
    else:
        e: datetime = s.opts["edited"]
        shown = (
            f"Posted: {_dmy(w)} · Updated at {e:%H:%M} on {_dmy(e)}"
            if en
            else f"Ngày đăng: {_dmy(w)} · Cập nhật lúc {e:%H:%M} ngày {_dmy(e)}"
        )
    return f'<span class="post-date"><i class="bi bi-clock"></i> {R(shown)}</span>'


def _files(s: Story, en: bool) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    lis = "".join(
        f'<li><i class="bi bi-file-earmark-pdf text-danger"></i> <a href="{_file_path(s, n)}"'
        f' download>{R(n)}</a> <span class="text-muted">({R(size)})</span></li>'
        for n, size in files
    )
    return f'<div class="post-files"><div class="post-files-title">{L("Tải về", en)}</div><ul>{lis}</ul></div>'


def _file_path(s: Story, name: str) -> str:
    return f"{FILES}/{s.opts['when']:%Y/%m}/{name}"


def _others(s: Story, en: bool) -> str:
    others = [e for e in in_cat(int(s.cat)) if e is not s][:OTHERS]
    lis = "".join(
        f'<li><a href="{esc(href_of(e))}">{R(_title_text(e) if isinstance(e, Story) else e.title)}</a>'
        f' <span class="text-muted">({_dmy(when(e))})</span></li>'
        for e in others
    )
    return (
        f'<section class="tin-khac"><h2 class="section-title">{L("Tin khác", en)}</h2>'
        f'<ul class="list-tin-khac">{lis}</ul></section>'
    )


def _article(s: Story, en: bool, base: str) -> str:
    cat = CATS[int(s.cat)]
    path = article_path(s)
    title = _title_text(s)
    w: datetime = s.opts["when"]
    meta = (
        f'<meta name="description" content="{R(_entry_summary(s))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{R(title)}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:image" content="{base}{_thumb(s)}" />\n'
        f'<meta property="article:published_time" content="{_iso(w)}" />\n'
    )
    if s.opts.get("edited"):
        meta += f'<meta property="article:modified_time" content="{_iso(s.opts["edited"])}" />\n'
    cover = (
        f'<div class="post-cover" style="background-image:url(\'{s.opts["cover"]}\')"></div>'
        if s.opts.get("cover")
        else ""
    )
    sapo = (
        f'<div class="post-sapo"><strong>{R(s.summary)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    box = f'<div class="post-author">{R(s.opts["box"])}</div>' if s.opts.get("box") else ""
    tags = (
        f'<div class="post-tags"><i class="bi bi-tags"></i> {L("Từ khóa", en)}: '
        + ", ".join(f'<a href="{tag_path(t)}">{R(t)}</a>' for t in tags_of(s))
        + "</div>"
        if tags_of(s)
        else ""
    )
    share = (
        f'<div class="post-share"><span>{L("Chia sẻ", en)}:</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(base + path, safe="")}"'
        ' target="_blank" rel="noopener"><i class="bi bi-facebook"></i></a> '
        f'<div class="zalo-share-button" data-href="{base}{path}" data-oaid="579745863508352884"'
        ' data-layout="2" data-color="blue" data-customize="false"></div></div>'
    )
    main = (
        _crumbs([("News" if en else "Tin tức", "/TinTuc"), (cat.name, cat.path)], en)
        + '<article class="post-detail">'
        + cover
        + f'<h1 class="post-title">{R(title)}</h1>'
        + '<div class="post-meta d-flex flex-wrap align-items-center">'
        + _date_line(s, en)
        + f'<span class="post-user"><i class="bi bi-person"></i> {L("Người đăng", en)}: {R(s.opts["user"])}</span>'
        + f'<span class="post-views"><i class="bi bi-eye"></i> {L("Lượt xem", en)}: {_views(s)}</span>'
        + '<div class="post-tools ms-auto">'
        + '<button type="button" class="btn-font" data-size="-1" title="Giảm cỡ chữ">A-</button>'
        + '<button type="button" class="btn-font" data-size="0" title="Cỡ chữ mặc định">A</button>'
        + '<button type="button" class="btn-font" data-size="1" title="Tăng cỡ chữ">A+</button>'
        + f'<a class="btn-print" href="{path}?handler=In" target="_blank" title="{L("In bài", en)}"><i class="bi bi-printer"></i> {L("In bài", en)}</a>'
        + "</div></div>"
        + sapo
        + f'<div class="post-content ck-content">\n{_content(s)}\n</div>'
        + box
        + _files(s, en)
        + tags
        + share
        + "</article>"
        + _others(s, en)
    )  # fmt: skip
    return _layout(title, main, path, en, meta, canonical=path, base=base)


def _print(s: Story, base: str) -> str:
    path = article_path(s)
    sapo = (
        f'<p class="sapo"><strong>{R(s.summary)}</strong></p>'
        if s.summary and s.sapo_outside
        else ""
    )
    box = f'<p class="tac-gia">{R(s.opts["box"])}</p>' if s.opts.get("box") else ""
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{R(_title_text(s))}</title>\n"
        '<meta name="robots" content="noindex, nofollow" />\n'
        f'<link rel="canonical" href="{base}{path}" />\n'
        '<link rel="stylesheet" href="/css/in.min.css" />\n</head>\n<body class="trang-in">\n'
        f'<div class="in-header"><img src="/images/logo-sgddt.png" alt="" /> {R(SITE.upper())}</div>'
        f"<h1>{R(_title_text(s))}</h1>{_date_line(s, False)}{sapo}"
        f'<div class="noi-dung">{_content(s)}</div>{box}'
        f'<p class="nguon-in">{R("Nguồn")}: {base}{path}</p>'
        "<script>window.onload=function(){window.print()}</script>\n</body>\n</html>\n"
    )


# --- listings ------------------------------------------------------------------------------


def _category(cat: Cat, en: bool, base: str) -> str:
    items, more = chunk(cat.id, 1)
    main = (
        _crumbs([("News" if en else "Tin tức", "/TinTuc"), (cat.name, None)], en)
        + f'<h1 class="page-title">{R(cat.name)}</h1>'
        + f'<div id="dsTin" class="ds-tin">\n{chr(10).join(_entry(e) for e in items)}\n</div>'
        + (_button(cat.id, 2, en) if more else "")
    )
    return _layout(cat.name, main, cat.path, en, base=base)


def _hub(en: bool, base: str) -> str:
    blocks = "".join(
        f'<section class="khoi-danh-muc"><h2 class="section-title"><a href="{c.path}">{R(c.name)}</a></h2>'
        + "".join(_entry(e) for e in in_cat(c.id)[:4])
        + f'<a class="xem-tat-ca" href="{c.path}">{L("Xem tất cả", en)} &raquo;</a></section>'
        for c in CATS.values()
    )
    main = _crumbs([("News" if en else "Tin tức", None)], en) + blocks
    return _layout("Tin tức", main, "/TinTuc", en, base=base)


def _home(en: bool, base: str) -> str:
    stories = [e for e in ENTRIES if isinstance(e, Story)][:4]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{article_path(s)}">'
        f'<img src="{_thumb(s)}" class="d-block w-100" alt="{R(_title_text(s))}" /></a>'
        f'<div class="carousel-caption"><h5><a href="{article_path(s)}">{R(_title_text(s))}</a></h5></div></div>'
        for i, s in enumerate(stories)
    )
    carousel = (
        '<div id="slideTieuDiem" class="carousel slide mb-4" data-bs-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div>'
        '<button class="carousel-control-prev" type="button" data-bs-target="#slideTieuDiem" data-bs-slide="prev">'
        '<span class="carousel-control-prev-icon"></span></button>'
        '<button class="carousel-control-next" type="button" data-bs-target="#slideTieuDiem" data-bs-slide="next">'
        '<span class="carousel-control-next-icon"></span></button></div>'
    )
    tabs_def = [("tab-moi", L("Tin mới", en), ENTRIES[:6], "/TinTuc")] + [
        (f"tab-{c.slug}", R(c.name), in_cat(c.id)[:6], c.path) for c in CATS.values()
    ]
    heads = "".join(
        f'<li class="nav-item" role="presentation"><button class="nav-link{" active" if i == 0 else ""}"'
        f' id="{tid}-btn" data-bs-toggle="tab" data-bs-target="#{tid}" type="button" role="tab">{label}</button></li>'
        for i, (tid, label, _, _) in enumerate(tabs_def)
    )
    panes = "".join(
        f'<div class="tab-pane fade{" show active" if i == 0 else ""}" id="{tid}" role="tabpanel">'
        + "".join(_entry(e) for e in items)
        + f'<a class="xem-tat-ca" href="{more}">{L("Xem tất cả", en)} &raquo;</a></div>'
        for i, (tid, _, items, more) in enumerate(tabs_def)
    )
    tabs = f'<ul class="nav nav-tabs tab-tin" role="tablist">{heads}</ul><div class="tab-content pt-3">{panes}</div>'
    albums = "".join(
        f'<div class="col-4"><a href="/ThuVienAnh/{a.id}" class="album-item">'
        f'<img src="/uploads/thu-vien-anh/{a.id}/{a.photos[0][0]}" alt="{R(a.title)}" class="img-fluid" />'
        f"<span>{R(a.title)}</span></a></div>"
        for a in ALBUMS
    )
    banners = (
        '<div class="banner-lien-ket d-flex gap-2 my-3">'
        '<a href="https://dichvucong.lamdong.gov.vn" target="_blank"><img src="/images/banner-dvc.png" alt="" /></a>'
        '<a href="https://tuyensinh.lamdong.edu.vn" target="_blank"><img src="/images/banner-tuyen-sinh.png" alt="" /></a></div>'
    )
    main = (
        carousel
        + tabs
        + banners
        + f'<section class="thu-vien-anh"><h2 class="section-title"><a href="/ThuVienAnh">{L("Thư viện ảnh", en)}</a></h2>'
        f'<div class="row g-2">{albums}</div></section>'
    )
    return _layout("Trang chủ", main, "/", en, base=base)


def _search(q: str, en: bool, base: str) -> str:
    key = unicodedata.normalize("NFC", q).strip().casefold()
    hits = [
        s
        for s in ENTRIES
        if isinstance(s, Story)
        and key
        and (key in s.title.casefold() or any(key == t.casefold() for t in tags_of(s)))
    ]
    result = (
        "".join(_entry(s) for s in hits)
        if hits
        else f'<p class="khong-co">{R("Không tìm thấy kết quả phù hợp.")}</p>'
    )
    main = (
        _crumbs([("Tìm kiếm", None)], en)
        + f'<h1 class="page-title">{R("Kết quả tìm kiếm")}: &quot;{R(q)}&quot;</h1>'
        + f'<p class="so-ket-qua">{R(f"Tìm thấy {len(hits)} kết quả")}</p>'
        + f'<div class="ds-tin">{result}</div>'
    )
    return _layout("Tìm kiếm", main, "/TimKiem", en, canonical=None, base=base)


# --- documents, albums, static pages --------------------------------------------------------


def _doc_table(p: int) -> str:
    rows = "".join(
        f'<tr><td class="text-center">{i}</td><td><a href="{d.path}">{R(d.number)}</a></td>'
        f"<td>{_dmy(d.issued)}</td><td>{R(d.abstract)}</td><td>{R(d.kind)}</td></tr>"
        for i, d in enumerate(
            DOCS[(p - 1) * DOCS_PER_PAGE : p * DOCS_PER_PAGE], (p - 1) * DOCS_PER_PAGE + 1
        )
    )
    pager = "".join(
        f'<li class="page-item{" active" if n == p else ""}"><a class="page-link" data-ajax="true"'
        ' data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="#dsVanBan"'
        f' href="/VanBan?handler=Trang&amp;p={n}">{n}</a></li>'
        for n in range(1, DOC_PAGES + 1)
    )
    return (
        '<table class="table table-bordered table-hover bang-van-ban"><thead class="table-light"><tr>'
        f"<th>STT</th><th>{R('Số/Ký hiệu')}</th><th>{R('Ngày ban hành')}</th><th>{R('Trích yếu')}</th>"
        f"<th>{R('Loại văn bản')}</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<nav><ul class="pagination pagination-sm justify-content-center">{pager}</ul></nav>'
    )


def _van_ban(en: bool, base: str) -> str:
    kinds = sorted({d.kind for d in DOCS})
    options = "".join(f'<option value="{R(k)}">{R(k)}</option>' for k in kinds)
    form = (
        '<form class="row g-2 loc-van-ban mb-3" method="get" action="/VanBan">'
        f'<div class="col-md-5"><input class="form-control form-control-sm" name="tuKhoa" placeholder="{R("Số ký hiệu, trích yếu")}" /></div>'
        f'<div class="col-md-4"><select class="form-select form-select-sm" name="loai"><option value="">{R("-- Loại văn bản --")}</option>{options}</select></div>'
        f'<div class="col-md-3"><button class="btn btn-sm btn-primary" type="submit">{R("Tra cứu")}</button></div></form>'
    )  # fmt: skip
    main = (
        _crumbs([("Văn bản", None)], en)
        + f'<h1 class="page-title">{R("Văn bản chỉ đạo, điều hành")}</h1>'
        + form
        + f'<div id="dsVanBan">{_doc_table(1)}</div>'
        + '<script src="/lib/jquery-ajax-unobtrusive/jquery.unobtrusive-ajax.min.js"></script>'
    )
    return _layout("Văn bản", main, "/VanBan", en, base=base)


def _doc_page(d: Doc, en: bool, base: str) -> str:
    rows = [
        ("Số/Ký hiệu", R(d.number)),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Loại văn bản", R(d.kind)),
        (
            "Cơ quan ban hành",
            R("Sở Giáo dục và Đào tạo" if "UBND" not in d.number else "UBND tỉnh Lâm Đồng"),
        ),
        ("Người ký", R(d.signer)),
        ("Trích yếu", R(d.abstract)),
        (
            "Tệp đính kèm",
            f'<a href="{d.file}" download><i class="bi bi-download"></i> {R(d.file.rsplit("/", 1)[1])}</a>'
            f' | <a href="https://docs.google.com/viewer?url={quote(base + d.file, safe="")}" target="_blank">'
            f"{R('Xem trực tuyến')}</a>",
        ),
    ]
    table = "".join(f'<tr><th class="w-25">{R(k)}</th><td>{v}</td></tr>' for k, v in rows)
    main = (
        _crumbs([("Văn bản", "/VanBan"), (d.number, None)], en)
        + f'<h1 class="page-title van-ban-tieude">{R(d.abstract)}</h1>'
        + f'<table class="table table-bordered chi-tiet-van-ban"><tbody>{table}</tbody></table>'
        + '<a href="/VanBan" class="btn btn-sm btn-outline-secondary">&laquo; '
        + f"{R('Quay lại danh sách')}</a>"
    )
    return _layout(d.abstract, main, d.path, en, base=base)


def _albums(en: bool, base: str) -> str:
    items = "".join(
        f'<div class="col-md-4 mb-3"><div class="card"><a href="/ThuVienAnh/{a.id}">'
        f'<img src="/uploads/thu-vien-anh/{a.id}/{a.photos[0][0]}" class="card-img-top" alt="" /></a>'
        f'<div class="card-body"><h5 class="card-title"><a href="/ThuVienAnh/{a.id}">{R(a.title)}</a></h5>'
        f'<p class="card-text text-muted">{_dmy(a.day)} · {len(a.photos)} {R("ảnh")}</p></div></div></div>'
        for a in ALBUMS
    )
    main = (
        _crumbs([("Thư viện ảnh", None)], en)
        + f'<h1 class="page-title">{L("Thư viện ảnh", en)}</h1><div class="row">{items}</div>'
    )
    return _layout("Thư viện ảnh", main, "/ThuVienAnh", en, base=base)


def _album(a: Album, en: bool, base: str) -> str:
    photos = "".join(
        f'<div class="col-6 col-md-4 mb-3"><a href="/uploads/thu-vien-anh/{a.id}/{f}" data-fancybox="album">'
        f'<img src="/uploads/thu-vien-anh/{a.id}/thumb_{f}" class="img-fluid" alt="{R(c)}" /></a>'
        f'<div class="anh-mota">{R(c)}</div></div>'
        for f, c in a.photos
    )
    main = (
        _crumbs([("Thư viện ảnh", "/ThuVienAnh"), (a.title, None)], en)
        + f'<h1 class="page-title">{R(a.title)}</h1><p class="text-muted">{_dmy(a.day)}</p>'
        + f'<div class="row album-anh-chi-tiet">{photos}</div>'
    )
    return _layout(a.title, main, f"/ThuVienAnh/{a.id}", en, base=base)


def _static(path: str, en: bool, base: str) -> str:
    title, paras = PAGES[path]
    crumbs = (
        [("Giới thiệu", None), (title, None)] if path.startswith("/GioiThieu") else [(title, None)]
    )
    main = (
        _crumbs(crumbs, en)
        + f'<h1 class="page-title">{R(title)}</h1><div class="noi-dung-trang">'
        + "".join(f"<p>{R(p)}</p>" for p in paras)
        + "</div>"
    )
    return _layout(title, main, path, en, base=base)


def _contact(en: bool, base: str, sent: bool = False) -> str:
    note = (
        f'<div class="alert alert-success">{R("Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi sớm nhất.")}</div>'
        if sent
        else ""
    )
    form = (
        '<form method="post" action="/LienHe" class="form-lien-he">'
        f'<div class="mb-2"><label class="form-label">{R("Họ và tên")} *</label><input class="form-control" name="Input.HoTen" required /></div>'
        '<div class="mb-2"><label class="form-label">Email *</label><input class="form-control" type="email" name="Input.Email" required /></div>'
        f'<div class="mb-2"><label class="form-label">{R("Tiêu đề")}</label><input class="form-control" name="Input.TieuDe" /></div>'
        f'<div class="mb-2"><label class="form-label">{R("Nội dung")} *</label><textarea class="form-control" name="Input.NoiDung" rows="5"></textarea></div>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        f'<button type="submit" class="btn btn-primary">{R("Gửi ý kiến")}</button></form>'
    )  # fmt: skip
    main = (
        _crumbs([("Liên hệ", None)], en)
        + f'<h1 class="page-title">{L("Liên hệ", en)}</h1>{note}'
        + f'<div class="thong-tin-lien-he"><p><strong>{R(SITE)}</strong></p><p>{R("Địa chỉ")}: {R(ADDRESS)}</p>'
        + f"<p>{R('Điện thoại')}: {PHONE} - {R('Đường dây nóng')}: {HOTLINE}</p><p>Email: {EMAIL}</p></div>"
        + '<div class="ban-do ratio ratio-16x9 mb-3"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3903.5!2d108.44!3d11.94"'
        + ' loading="lazy" title="map"></iframe></div>'
        + form
    )  # fmt: skip
    return _layout("Liên hệ", main, "/LienHe", en, base=base)


def _login(en: bool, base: str) -> str:
    main = (
        '<div class="row justify-content-center"><div class="col-md-5"><div class="card my-4"><div class="card-body">'
        f'<h1 class="h4 mb-3">{R("Đăng nhập hệ thống")}</h1>'
        '<form method="post" action="/Account/Login">'
        f'<div class="mb-2"><label class="form-label">{R("Tên đăng nhập")}</label><input class="form-control" name="Input.UserName" /></div>'
        f'<div class="mb-2"><label class="form-label">{R("Mật khẩu")}</label><input class="form-control" type="password" name="Input.Password" /></div>'
        f'<div class="form-check mb-2"><input class="form-check-input" type="checkbox" name="Input.RememberMe" value="true" id="nho" />'
        f'<label class="form-check-label" for="nho">{R("Ghi nhớ đăng nhập")}</label></div>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" />'
        f'<button type="submit" class="btn btn-primary w-100">{L("Đăng nhập", en)}</button></form>'
        "</div></div></div></div>"
    )  # fmt: skip
    return _layout("Đăng nhập", main, "/Account/Login", en, sidebar=False, base=base)


#: a week's schedule, by weekday: (time, what, who, where)
_SCHEDULE = [
    ("07h30", "Giao ban Lãnh đạo Sở", "Giám đốc, các Phó Giám đốc", "Phòng họp số 1"),
    ("08h00", "Làm việc với các phòng chuyên môn", "Giám đốc Sở", "Phòng làm việc"),
    ("14h00", "Kiểm tra công tác chuẩn bị kiểm tra cuối học kỳ I", "Phó Giám đốc Trần Đình Khoa", "Trường THPT Di Linh"),
    ("08h00", "Dự hội nghị trực tuyến của Bộ GD&ĐT", "Lãnh đạo Sở, Phòng GDTrH", "Điểm cầu Sở GD&ĐT"),
    ("14h00", "Tiếp công dân định kỳ", "Giám đốc Sở", "Phòng tiếp công dân"),
]  # fmt: skip


def _lich(params: dict[str, str], en: bool, base: str) -> str:
    this = TODAY_DATE.isocalendar()
    try:
        week, year = int(params.get("tuan", this[1])), int(params.get("nam", this[0]))
        monday = date.fromisocalendar(year, week, 1)
        prev_w = (monday - timedelta(days=7)).isocalendar()
        next_w = (monday + timedelta(days=7)).isocalendar()
    except (ValueError, OverflowError):
        week, year = this[1], this[0]
        monday = date.fromisocalendar(year, week, 1)
        prev_w = (monday - timedelta(days=7)).isocalendar()
        next_w = (monday + timedelta(days=7)).isocalendar()
    rows = "".join(
        f"<tr><td>{R(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'][i])}<br />{_dmy(monday + timedelta(days=i))}</td>"
        f"<td>{t}</td><td>{R(w)}</td><td>{R(who)}</td><td>{R(where)}</td></tr>"
        for i, (t, w, who, where) in enumerate(_SCHEDULE)
    )
    nav = (
        '<div class="dieu-huong-tuan d-flex justify-content-between mb-2">'
        f'<a href="/LichCongTac?tuan={prev_w[1]}&amp;nam={prev_w[0]}" class="btn btn-sm btn-outline-primary">&laquo; {R("Tuần trước")}</a>'
        f'<a href="/LichCongTac?tuan={this[1]}&amp;nam={this[0]}" class="btn btn-sm btn-primary">{R("Tuần này")}</a>'
        f'<a href="/LichCongTac?tuan={next_w[1]}&amp;nam={next_w[0]}" class="btn btn-sm btn-outline-primary">{R("Tuần sau")} &raquo;</a></div>'
    )  # fmt: skip
    main = (
        _crumbs([("Lịch công tác", None)], en)
        + f'<h1 class="page-title">{R(f"Lịch công tác tuần {week} năm {year}")}</h1>'
        + f'<p class="text-muted">{R("Từ ngày")} {_dmy(monday)} {R("đến ngày")} {_dmy(monday + timedelta(days=6))}</p>'
        + nav
        + '<table class="table table-bordered lich-tuan"><thead><tr>'
        + f"<th>{R('Ngày')}</th><th>{R('Thời gian')}</th><th>{R('Nội dung')}</th><th>{R('Thành phần')}</th><th>{R('Địa điểm')}</th>"
        + f"</tr></thead><tbody>{rows}</tbody></table>"
    )  # fmt: skip
    return _layout("Lịch công tác", main, "/LichCongTac", en, base=base)


def _not_found(en: bool, base: str) -> str:
    main = (
        '<div class="text-center my-5"><h1 class="display-5">404</h1>'
        f'<p>{R("Không tìm thấy trang bạn yêu cầu.")}</p><a href="/" class="btn btn-primary">{L("Trang chủ", en)}</a></div>'
    )
    return _layout("Không tìm thấy trang", main, "/", en, canonical=None, base=base)


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(_title_text(e) if isinstance(e, Story) else e.title)}</title>"
        f"<link>{esc(href_of(e) if href_of(e).startswith('http') else base + href_of(e))}</link>"
        f"<description>{esc(_entry_summary(e))}</description>"
        f"<pubDate>{when(e):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f'<guid isPermaLink="false">tintuc-{e.id}</guid></item>'
        for e in ENTRIES[:FEED_SIZE]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SITE)}</title><link>{base}/</link><description>{esc('Tin tức - ' + SHORT)}</description>"
        f"<language>vi-VN</language><lastBuildDate>Wed, 25 Nov 2026 07:00:00 +0700</lastBuildDate>{items}"
        "</channel></rss>"
    )


SITE_JS = (
    "/*! lazysizes - v5.3.2 */!function(e){var t=function(u,D,f){'use strict';var k,H;"
    "if(function(){var e;var t={lazyClass:'lazyload',loadedClass:'lazyloaded',loadingClass:'lazyloading',"
    "preloadClass:'lazypreload',errorClass:'lazyerror',autosizesClass:'lazyautosizes',srcAttr:'data-src',"
    "srcsetAttr:'data-srcset',sizesAttr:'data-sizes',minSize:40,customMedia:{},init:!0,expFactor:1.5,"
    "hFac:.8,loadMode:2,loadHidden:!0,ricTimeout:0,throttleDelay:125};H=u.lazySizesConfig||u.lazysizesConfig||{};"
    "for(e in t)e in H||(H[e]=t[e])}(),!D||!D.getElementsByClassName)return{init:function(){},cfg:H,noSupport:!0};"
    'return{cfg:H}}(e,e.document,Date);e.lazySizes=t}("undefined"!=typeof window?window:{});'
    '/*! js-cookie v3.0.5 | MIT */!function(e,t){"object"==typeof exports?module.exports=t():(e=e||self).Cookies=t()}'
    "(this,function(){\"use strict\";return{get:function(e){return(document.cookie.match('(^|;)\\\\s*'+e+'\\\\s*=\\\\s*([^;]+)')||[]).pop()}}});"
    '$(function(){var e=parseInt(Cookies.get("coChu")||"0",10);function o(t){$(".post-content").css("font-size",16+2*t+"px")}'
    'o(e),$(".btn-font").on("click",function(){var t=parseInt($(this).data("size"),10);e=0===t?0:Math.max(-2,Math.min(3,e+t)),'
    'document.cookie="coChu="+e+"; path=/",o(e)}),'
    '$(document).on("click","#btnXemThem",function(){var t=$(this).data("trang"),n=$(this).data("danhmuc"),'
    'r=$(this).closest(".xem-them");$(this).prop("disabled",!0).text("\\u0110ang t\\u1ea3i...");'
    '$.get("/TinTuc/DanhMuc?handler=XemThem",{danhMucId:n,trang:t},function(i){r.remove(),$("#dsTin").append(i)})}),'
    '$("#frmBinhChon").on("submit",function(t){$(this).find("input[name=LuaChon]:checked").length||'
    '(t.preventDefault(),alert("Vui l\\u00f2ng ch\\u1ecdn m\\u1ed9t ph\\u01b0\\u01a1ng \\u00e1n"))})});\n'
)


# --- the site -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/TinTuc/ChiTiet/(\d+)(?:/[^/]*)?")
_CATEGORY = re.compile(r"/TinTuc/DanhMuc/(\d+)(?:/[^/]*)?")
_OLD_URL = re.compile(r"/tin-tuc/[a-z0-9-]+-(\d+)\.html")
_ALL_FILES = {_file_path(s, n) for s in STORIES for n, _ in s.opts.get("files", [])} | {
    d.file for d in DOCS
}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class RazorHandlerSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k.lower(): v for k, v in request.params.items()}
        handler = params.get("handler", "").lower()
        en = params.get("culture", "").lower() == "en-us"
        base = base_url(request)
        if unquote(path) in _ALL_FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/js/site.min.js":
            return Response(200, SITE_JS, {"Content-Type": "application/javascript; charset=utf-8"})
        if path.startswith(("/lib/", "/css/", "/images/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200, "User-agent: *\nDisallow: /QuanTri/\n", {"Content-Type": "text/plain"}
            )
        if path == "/rss":
            return Response(200, _rss(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if path == "/":
            if request.method == "POST" and handler == "binhchon":
                return html(
                    f'<div class="ket-qua-binh-chon">{R("Cảm ơn bạn đã tham gia bình chọn.")}</div>'
                )
            return html(_home(en, base))
        if path == "/TinTuc":
            return html(_hub(en, base))
        if path == "/TinTuc/DanhMuc" or _CATEGORY.fullmatch(path):
            if handler == "xemthem":
                cat = _int(params.get("danhmucid"), 0)
                return html(_partial(cat, _int(params.get("trang"), 1)))
            m = _CATEGORY.fullmatch(path)
            if not m or int(m.group(1)) not in CATS:
                return html(_not_found(en, base), status=404)
            return html(_category(CATS[int(m.group(1))], en, base))
        if m := _ARTICLE.fullmatch(path):
            s = _BY_ID.get(int(m.group(1)))
            if s is None:
                return html(_not_found(en, base), status=404)
            if handler == "in":
                return html(_print(s, base))
            return html(_article(s, en, base))
        if m := _OLD_URL.fullmatch(path):
            s = _OLD.get(int(m.group(1)))
            if s is None:
                return html(_not_found(en, base), status=404)
            return redirect(article_path(s), 301)
        if path in PAGES:
            return html(_static(path, en, base))
        if path == "/LienHe":
            return html(_contact(en, base, sent=request.method == "POST"))
        if path == "/VanBan":
            if handler == "trang":
                p = _int(params.get("p"), 1)
                if not 1 <= p <= DOC_PAGES:
                    return html("")
                return html(_doc_table(p))
            return html(_van_ban(en, base))
        if m := re.fullmatch(r"/VanBan/ChiTiet/(\d+)", path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            return html(_doc_page(d, en, base)) if d else html(_not_found(en, base), status=404)
        if path == "/ThuVienAnh":
            return html(_albums(en, base))
        if m := re.fullmatch(r"/ThuVienAnh/(\d+)", path):
            a = _ALBUM_BY_ID.get(int(m.group(1)))
            return html(_album(a, en, base)) if a else html(_not_found(en, base), status=404)
        if path == "/Account/Login":
            return html(_login(en, base))
        if path == "/LichCongTac":
            return html(_lich(params, en, base))
        if path == "/TimKiem":
            return html(_search(params.get("tukhoa", ""), en, base))
        return html(_not_found(en, base), status=404)


def build_site() -> RazorHandlerSite:
    return RazorHandlerSite()
