"""Fixture portal: Sở GD&ĐT tỉnh Lạng Sơn on Concrete CMS 9 (formerly concrete5), agency theme.

Imitates the site of a provincial Department of Education and Training built by a local agency
on Concrete CMS 9.x with its own theme (``/application/themes/sgd_xulang``). Everything is in
Concrete's own shapes:

- every page is ``body > div.ccm-page.ccm-page-id-N.page-type-….page-template-…``; blocks are
  printed bare in their area (no wrappers in view mode) unless the editor gave them a design,
  then they sit in ``div.ccm-custom-style-container.ccm-custom-style-main-<bID>``;
- news pages are ``blog_entry`` pages under three parents: ``/tin-tuc`` ("Tin tức - Sự kiện",
  7 pages), ``/tin-co-so`` ("Tin từ cơ sở", 3 pages) and notices of the page type ``thong_bao``
  under ``/thong-bao`` ("Thông báo", 3 pages); their paths carry only a slug
  (``/tin-tuc/<slug>``). The same page answers at Concrete's raw route ``/index.php?cID=N`` and
  at ``/index.php/tin-tuc/<slug>`` (pretty URLs half-configured: the agency's hand-written header
  menu and the home slider, typed while URL rewriting was off, print ``/index.php/…``; editors
  paste ``/index.php?cID=N`` links, copied from the dashboard sitemap, into texts). No page prints
  ``rel=canonical``; the theme prints ``og:url`` with the pretty address;
- an article's main area is a run of blocks: Page Title (``h1.page-title``), Page Attribute
  Display blocks ("Ngày đăng: 24/11/2026", "Người đăng: <account>", "Chủ đề: <topic>"), the
  page description as a sapo block (``sapo-bai-viet`` design) on blog entries that have one,
  then the body split over several Content blocks (CKEditor HTML) and Image blocks
  (``<picture><source srcset><img class="ccm-image-block img-fluid bID-N">``), a caption being a
  short centred italic Content block after its Image block (or a block with the design class
  ``chu-thich-anh``), bylines in a last right-aligned Content block, a File block ("Tải về: …")
  on notices, a YouTube block once; after them, in the same area, the Tags block, the "Chia sẻ"
  Share This Page block, a "Tin liên quan" Page List and the Next/Previous block ("« Bài
  trước", "Quay lại danh sách", "Bài sau »");
- listings are Page List blocks (``ccm-block-page-list-wrapper`` / ``-pages`` /
  ``-page-entry[-horizontal]`` with ``-title``, ``-date``, ``-description`` and a thumbnail;
  the agency template prints the date as dd/mm/YYYY) and Concrete's Bootstrap pager
  (``ul.pagination``, ``?ccm_paging_p=N``, "← Trước" / "Sau →"): ``/tin-tuc`` 2 a page (4
  pages), ``/tin-co-so`` 2 a page (2 pages), ``/thong-bao`` one page; the home page shows the
  newest of each and an Image Slider of three "Tin nổi bật";
- topic filtering (Topic List block "Chủ đề"): ``/tin-tuc/topic/<id>/<slug>``, paged with
  ``?ccm_paging_p=N&ccm_cursor=<date|cID>``; tags (Tags block) filter ``/tin-tuc?akID=18&
  atSelectOptionValueID=N``;
- around: a header with "Hôm nay: <TODAY>", login and search, the hand-written menu, breadcrumbs
  (Auto-Nav breadcrumb template, pretty URLs), a sidebar with "Tin mới nhất" (dates "(24/11)"),
  a "Văn bản chỉ đạo" Document Library block (files at ``/download_file/view/<fID>/<cID>``),
  a mini calendar "Lịch công tác" linking ``/lich-cong-tac?ccm_calendar_month=YYYY-MM``, a
  visitor counter ("Đang truy cập", "Hôm nay", "Tháng này", "Tổng lượt truy cập"), link banners;
  a footer with address, phone, hotline and "Chịu trách nhiệm chính";
- non-articles: ``/gioi-thieu`` with ``/gioi-thieu/co-cau-to-chuc`` and
  ``/gioi-thieu/lanh-dao-so``, ``/lien-he`` (Express form), ``/thu-vien-anh`` (Gallery block),
  ``/van-ban`` (Express Entry List: Số hiệu / Ngày ban hành / Trích yếu, sortable with
  ``ccm_order_by`` / ``ccm_order_by_direction``, paged) and its entries at
  ``/van-ban/chi-tiet/view_express_entity/<id>`` (fields and a PDF, no text), ``/lich-cong-tac``,
  ``/tim-kiem`` (Search block), ``/login``;
- ``/rss/tin-tuc`` (Page List feed, announced in ``<head>``) and ``/sitemap.xml`` (in
  robots.txt).

Traps and hard cases: the calendar's "‹ Tháng trước" / "Tháng sau ›" links never end (any month
1900-2999 answers 200); topic filters multiply the news listing (and an unknown topic id shows
the unfiltered list); sort links multiply the document register; each article answers at three
addresses (pretty, ``/index.php/…``, ``/index.php?cID=N``) and all three are linked somewhere;
listing pages also answer under ``/index.php/…`` with their own pager links; a trailing slash
answers 301 to the address without it; ``/sitemap.xml`` is stale (generated 31/10/2026: it lacks
every November page and lists a deleted page that now answers 404); the RSS feed carries times
that the pages do not print; a ``ccm_paging_p`` past the last page answers 200 with "Không có
bài viết nào." and no entries.

Gold (by hand). Articles are the 13 news/notice pages; listings, filters, the calendar, documents,
static pages, the gallery, search and login are not. ``/index.php/<path>`` and
``/index.php?cID=N`` are alternative URLs of each article (alt_paths). Judgement calls:
- the date is the "Ngày đăng" line: blog entries print a date only (gold: date), notices print
  "20/11/2026 09:15" (gold: the time with +07:00). One unit story (cID 257) lost its attribute
  display block: its date is the listing's (09/11/2026). The RSS times are not printed on pages
  and are ignored. Event dates in the text are content.
- "Người đăng: <account>" (``gdtrh``, ``bientap``, ``vanphong``, ``admin``) is the CMS account
  that posted the page, never an author. Notices carry no byline: authors are empty.
- the page description printed in the ``sapo-bai-viet`` block is the summary and the body's
  first paragraph; pages without it have no summary (the listings then print no description).
- bylines: "Tin: X - Ảnh: Y" and "Tin: X<br>Ảnh: Y" split into authors/photographers; "Tin, ảnh:"
  and "Bài, ảnh:" put the name in both; a bare right-aligned name is the author; a department
  signing alone ("Phòng Giáo dục Trung học") is the author, as printed; "Nguồn: Báo Lạng Sơn
  điện tử" and "(Theo Cổng thông tin điện tử xã Lộc Bình)" are the source (no author unless a
  name is printed).
- captions: the centred italic block (or ``chu-thich-anh`` block) right after an Image block, or
  the centred italic line after an image inside a Content block; a caption in parentheses is
  taken without them; a caption ending "(Ảnh: Hoàng Lâm)" is kept as printed and names the
  photographer. Images with no such line have caption None. An image's URL is its ``<img src>``
  (the original file), not the thumbnails in ``<source srcset>``; the Image block's alt text (the
  file's title, i.e. its name) is no caption.
- list items and the rows of the notice's timetable (cells joined by " | ") are body paragraphs;
  the File block, the YouTube block, tags, share, related list and next/previous are not.
- the category is the parent page named by the breadcrumb; the "Chủ đề" topic is not a category.
- one story (cID 259) is stored decomposed (NFD) and one (cID 255) was pasted from Word, with
  character references and ``&nbsp;``; the gold is NFC with single spaces. One title is typed in
  capitals (cID 262) and kept so.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "concrete5_sgddt"
PLATFORM = "concrete_cms9"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
SITE_SHORT = "Sở GD&ĐT Lạng Sơn"
THEME = "/application/themes/sgd_xulang"
ADDRESS = "Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn"
PHONE = "0205 3 870 241"
HOTLINE = "0205 3 812 686"
EMAIL = "sgddt@langson.gov.vn"
TODAY_DATE = date(2026, 11, 25)
HOME_CID = 1
NO_PAGES = "Không có bài viết nào."

#: category handle -> (cID, path, printed name, entries per listing page)
CATS: dict[str, tuple[int, str, str, int]] = {
    "tin-tuc": (180, "/tin-tuc", "Tin tức - Sự kiện", 2),
    "thong-bao": (181, "/thong-bao", "Thông báo", 5),
    "tin-co-so": (182, "/tin-co-so", "Tin từ cơ sở", 2),
}
#: topic tree node id -> (slug, name)
TOPICS: dict[int, tuple[str, str]] = {
    10: ("giao-duc-mam-non", "Giáo dục Mầm non"),
    11: ("giao-duc-tieu-hoc", "Giáo dục Tiểu học"),
    12: ("giao-duc-trung-hoc", "Giáo dục Trung học"),
    13: ("giao-duc-thuong-xuyen-nghe-nghiep", "Giáo dục thường xuyên - Nghề nghiệp"),
    14: ("hoat-dong-cua-nganh", "Hoạt động của ngành"),
}
TAG_AKID = 18
#: tag option id -> tag
TAGS: dict[int, str] = {
    31: "giao ban",
    32: "giáo dục trung học",
    33: "20/11",
    34: "giáo viên dạy giỏi",
    35: "trí tuệ nhân tạo",
    36: "chuyển đổi số",
    37: "Hội khỏe Phù Đổng",
    38: "mầm non",
}


def _files(name: str, thumb: str | None = None) -> str:
    """Concrete's file storage path: three 4-digit folders from the file's prefix."""
    h = hashlib.md5(name.encode()).hexdigest()
    digits = "".join(str(int(c, 16) % 10) for c in h[:12])
    prefix = f"{digits[0:4]}/{digits[4:8]}/{digits[8:12]}"
    if thumb:
        return f"/application/files/thumbnails/{thumb}/{prefix}/{name}"
    return f"/application/files/{prefix}/{name}"


def _br(name: str, caption: str | None = None, style: str = "block") -> Img:
    """An image in the article, the printed line equal to the caption."""
    return Img(_files(name), caption, caption, style)


# Story.opts: when (datetime of publication; date shown per "dl"), dl (date | datetime | none),
# user (posting account), topic (TOPICS id), tags (TAGS ids), nfd, word (Word paste with
# references), file (attachment name), youtube, slider (Tin nổi bật), thumb (listing thumbnail).
# Img styles: block (Image block, centred italic caption block), css (Image block, caption in
# a "chu-thich-anh" design block), inline (image inside a Content block, centred italic line),
# paren (inside a Content block, "(…)" line). P styles: "", li, th/tr (table rows), "a|href|phrase".
STORIES: list[Story] = [
    Story(
        id=268,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-trung-hoc-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị giao ban công tác giáo dục trung học học kỳ I năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-24",
        summary=(
            "Ngày 23/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban công tác giáo dục trung"
            " học học kỳ I năm học 2026 - 2027 với sự tham dự của hiệu trưởng 36 trường THPT,"
            " giám đốc các trung tâm GDNN-GDTX và đại diện các trường THCS trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo tại hội nghị cho thấy, sau hơn hai tháng thực hiện nhiệm vụ năm học, các"
                " nhà trường đã hoàn thành việc xây dựng kế hoạch giáo dục theo Chương trình giáo"
                " dục phổ thông 2018; 100% trường THPT tổ chức dạy học 2 buổi/ngày đối với khối 12;"
                " tỷ lệ học sinh bỏ học giảm 0,3% so với cùng kỳ năm trước."
            ),
            _br(
                "hoi-nghi-giao-ban-gdtrh-1.jpg",
                "Đồng chí Phó Giám đốc Sở GD&ĐT Hoàng Văn Thắng phát biểu chỉ đạo hội nghị",
            ),
            P(
                "Các đại biểu tập trung thảo luận về giải pháp nâng cao chất lượng ôn thi tốt"
                " nghiệp THPT năm 2027, việc tổ chức dạy học các môn học lựa chọn, công tác tư vấn"
                " hướng nghiệp và phân luồng học sinh sau THCS. Nhiều ý kiến đề xuất tăng cường"
                " sinh hoạt chuyên môn theo cụm trường để chia sẻ ngân hàng câu hỏi, đề kiểm tra."
            ),
            _br("hoi-nghi-giao-ban-gdtrh-2.jpg", "Quang cảnh hội nghị"),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở đề nghị các đơn vị rà soát, phân loại"
                " học sinh ngay từ học kỳ I để có kế hoạch phụ đạo phù hợp; thực hiện nghiêm quy"
                " định về dạy thêm, học thêm; chuẩn bị chu đáo cho kỳ kiểm tra cuối học kỳ I, bảo"
                " đảm khách quan, đánh giá đúng thực chất."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Giáo dục Trung học</strong></p>'),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "when": datetime(2026, 11, 24, 15, 40),
            "dl": "date",
            "user": "gdtrh",
            "topic": 12,
            "tags": [31, 32],
            "slider": True,
        },
    ),
    Story(
        id=265,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-21",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam (20/11/1982 - 20/11/2026), tôn vinh các nhà giáo tiêu biểu của ngành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo một số sở, ngành,"
                " các thế hệ nhà giáo đã nghỉ hưu và hơn 200 cán bộ, giáo viên tiêu biểu đại diện"
                " cho gần 19.000 cán bộ, giáo viên, nhân viên toàn ngành."
            ),
            _br(
                "gap-mat-20-11-2026-1.jpg",
                "Các thế hệ nhà giáo dự buổi gặp mặt (Ảnh: Hoàng Lâm)",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục tỉnh có 46 học sinh đạt giải kỳ thi chọn học"
                " sinh giỏi quốc gia, tỷ lệ tốt nghiệp THPT đạt 99,1%; mạng lưới trường, lớp tiếp"
                " tục được sắp xếp phù hợp với mô hình chính quyền địa phương hai cấp. Kết quả Hội"
                " thi giáo viên dạy giỏi cấp tỉnh cấp THCS vừa qua cũng được thông tin tới các đại"
                " biểu.",
                "a|/index.php?cID=262|Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS",
            ),
            _br("gap-mat-20-11-2026-2.jpg"),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể, 48 cá nhân; Giám đốc"
                " Sở GD&ĐT tặng Giấy khen cho 120 nhà giáo có thành tích xuất sắc trong sự nghiệp"
                " trồng người."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lương Thu Hà - Ảnh: Hoàng Lâm</strong></p>'
            ),
        ],
        authors=["Lương Thu Hà"],
        photographers=["Hoàng Lâm"],
        opts={
            "when": datetime(2026, 11, 21, 8, 5),
            "dl": "date",
            "user": "bientap",
            "topic": 14,
            "tags": [33],
            "slider": True,
        },
    ),
    Story(
        id=262,
        slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
        title="BẾ MẠC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TỈNH CẤP THCS NĂM HỌC 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-17",
        blocks=[
            P(
                "Chiều 16/11, tại Trường THCS Chu Văn An (phường Lương Văn Tri), Sở Giáo dục và Đào"
                " tạo tổ chức bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 -"
                " 2027."
            ),
            P(
                "Sau 5 ngày thi, 186 giáo viên đến từ các trường THCS, trường PTDTNT và trường"
                " PTDTBT trên địa bàn tỉnh đã trình bày biện pháp nâng cao chất lượng giảng dạy và"
                " thực hiện 2 tiết dạy thực hành trên lớp. Ban Giám khảo đánh giá các tiết dạy"
                " được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học tích cực,"
                " khai thác hiệu quả thiết bị và học liệu số."
            ),
            Img(
                _files("be-mac-gvdg-thcs-2026.jpg"),
                "(Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi)",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
                "paren",
            ),
            P(
                "Kết quả, 142 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh, trong đó:"
            ),
            P("Môn Ngữ văn: 21 giáo viên;", "li"),
            P("Môn Toán: 24 giáo viên;", "li"),
            P("Môn Khoa học tự nhiên: 19 giáo viên;", "li"),
            P("Các môn học và hoạt động giáo dục khác: 78 giáo viên.", "li"),
            P(
                "Phát biểu bế mạc, lãnh đạo Sở GD&ĐT ghi nhận tinh thần cầu thị của các thí sinh"
                " và đề nghị các nhà trường nhân rộng những tiết dạy tốt thông qua sinh hoạt chuyên"
                " môn trên nền tảng trực tuyến."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nông Văn Quý</strong></p>'),
        ],
        authors=["Nông Văn Quý"],
        photographers=["Nông Văn Quý"],
        opts={
            "when": datetime(2026, 11, 17, 17, 20),
            "dl": "date",
            "user": "gdtrh",
            "topic": 12,
            "tags": [34],
            "youtube": "kT4mZr9bQ2w",
        },
    ),
    Story(
        id=259,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-tieu-hoc",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên tiểu học",
        cat="tin-tuc",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 09 đến 11/11, Sở GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo (AI)"
            " trong dạy học cho hơn 150 giáo viên cốt cán cấp tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, giáo viên được hướng dẫn sử dụng một số công cụ AI để thiết kế"
                " kế hoạch bài dạy, xây dựng phiếu học tập, tạo hình ảnh và câu hỏi tương tác; đồng"
                " thời được lưu ý về đạo đức, bảo vệ dữ liệu cá nhân của học sinh khi sử dụng các"
                " công cụ này."
            ),
            _br(
                "tap-huan-ai-tieu-hoc-1.jpg",
                "Giáo viên thực hành thiết kế bài giảng có sử dụng công cụ AI",
            ),
            P(
                "Mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy môn Tiếng Việt hoặc Toán"
                " có ứng dụng AI, được báo cáo viên nhận xét, góp ý trực tiếp. Sau tập huấn, giáo"
                " viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại trường."
            ),
            _br("tap-huan-ai-tieu-hoc-2.jpg"),
            Raw('<p style="text-align: right;"><strong>Hà Thị Ngọc Ánh</strong></p>'),
        ],
        authors=["Hà Thị Ngọc Ánh"],
        opts={
            "when": datetime(2026, 11, 12, 10, 30),
            "dl": "date",
            "user": "bientap",
            "topic": 11,
            "tags": [35],
            "nfd": True,
        },
    ),
    Story(
        id=255,
        slug="nganh-giao-duc-lang-son-day-manh-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Ngành Giáo dục Lạng Sơn đẩy mạnh chuyển đổi số trong quản lý trường học",
        cat="tin-tuc",
        published_at="2026-11-06",
        summary=(
            "Năm học 2026 - 2027, ngành Giáo dục Lạng Sơn đặt mục tiêu 100% cơ sở giáo dục sử"
            " dụng học bạ số và hồ sơ điện tử, tiến tới quản lý trường học hoàn toàn trên môi"
            " trường số."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Sở Giáo dục và Đào tạo, đến nay toàn tỉnh đã có 100% trường tiểu học và 87%"
                " trường THCS, THPT triển khai học bạ số; các phần mềm quản lý học sinh, quản lý"
                " thiết bị, thư viện được kết nối với cơ sở dữ liệu ngành. Việc thu học phí, các"
                " khoản thu dịch vụ được thực hiện không dùng tiền mặt tại hầu hết các trường ở"
                " khu vực phường."
            ),
            P(
                "Ông Lý Văn Cường, Trưởng phòng Kế hoạch - Tài chính, Sở GD&ĐT cho biết: “Khó khăn"
                " lớn nhất hiện nay là hạ tầng mạng ở một số xã vùng cao còn chập chờn, một bộ"
                " phận giáo viên lớn tuổi còn lúng túng khi sử dụng phần mềm. Sở đang phối hợp"
                " với các doanh nghiệp viễn thông hỗ trợ đường truyền cho các điểm trường lẻ”."
            ),
            P(
                "Trong năm học, Sở tiếp tục tổ chức bồi dưỡng kỹ năng số cho đội ngũ, chuẩn hóa"
                " dữ liệu học sinh, giáo viên và triển khai thí điểm hồ sơ giáo viên điện tử tại"
                " 20 trường học."
            ),
            Raw(
                '<p class="MsoNormal" style="text-align: right;"><strong><span style="font-size:14.0pt">'
                "Mai Minh Th&#432;</span></strong></p>\n"
                '<p class="MsoNormal" style="text-align: right;"><em><span style="font-size:14.0pt">'
                "Ngu&#7891;n: B&aacute;o L&#7841;ng S&#417;n &#273;i&#7879;n t&#7917;</span></em></p>"
            ),
        ],
        authors=["Mai Minh Thư"],
        source="Báo Lạng Sơn điện tử",
        opts={
            "when": datetime(2026, 11, 6, 16, 0),
            "dl": "date",
            "user": "admin",
            "topic": 14,
            "tags": [36],
            "word": True,
        },
    ),
    Story(
        id=251,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-lang-son-lan-thu-xii-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Lạng Sơn lần thứ XII năm 2026",
        cat="tin-tuc",
        published_at="2026-10-30",
        summary=(
            "Tối 29/10, tại Nhà thi đấu thể thao tỉnh, Hội khỏe Phù Đổng tỉnh Lạng Sơn lần thứ"
            " XII năm 2026 chính thức khai mạc với sự tham gia của gần 1.300 vận động viên là"
            " học sinh các cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay gồm 10 môn thi đấu: điền kinh, bơi, bóng đá, bóng chuyền, bóng"
                " bàn, cầu lông, cờ vua, đá cầu, võ cổ truyền và kéo co, diễn ra từ ngày 29/10 đến"
                " ngày 07/11/2026 tại các địa điểm ở phường Đông Kinh, phường Kỳ Lừa và phường"
                " Lương Văn Tri."
            ),
            _br("khai-mac-hkpd-2026-1.jpg", "Màn đồng diễn thể dục của học sinh tại lễ khai mạc"),
            _br("khai-mac-hkpd-2026-2.jpg", "Các đoàn vận động viên diễu hành qua lễ đài"),
            _br("khai-mac-hkpd-2026-3.jpg"),
            P(
                "Thông qua Hội khỏe, Ban Tổ chức sẽ lựa chọn những vận động viên xuất sắc thành"
                " lập đoàn thể thao học sinh tỉnh tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI"
                " năm 2028."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Vy Đức Thắng</strong></p>'),
        ],
        authors=["Vy Đức Thắng"],
        photographers=["Vy Đức Thắng"],
        opts={
            "when": datetime(2026, 10, 30, 7, 45),
            "dl": "date",
            "user": "bientap",
            "topic": 14,
            "tags": [37],
            "slider": True,
        },
    ),
    Story(
        id=247,
        slug="chuyen-de-nang-cao-chat-luong-giao-duc-mam-non-vung-dac-biet-kho-khan",
        title="Chuyên đề nâng cao chất lượng giáo dục mầm non vùng đặc biệt khó khăn",
        cat="tin-tuc",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 20 và 21/10, Sở GD&ĐT tổ chức chuyên đề “Nâng cao chất lượng chăm sóc, giáo"
                " dục trẻ mầm non vùng dân tộc thiểu số” tại Trường Mầm non Hoa Lan, xã Bình Gia."
            ),
            P(
                "Tham dự chuyên đề có cán bộ quản lý, giáo viên cốt cán của 42 trường mầm non thuộc"
                " các xã vùng đặc biệt khó khăn. Các đại biểu dự 4 hoạt động mẫu về tăng cường"
                " tiếng Việt cho trẻ thông qua trò chơi, kể chuyện và hoạt động trải nghiệm với"
                " nguyên vật liệu sẵn có ở địa phương."
            ),
            _br(
                "chuyen-de-mam-non-binh-gia.jpg",
                "Một hoạt động mẫu tăng cường tiếng Việt cho trẻ 5 tuổi",
            ),
            P(
                "Qua chuyên đề, các trường có thêm cách làm hay để xây dựng môi trường giáo dục lấy"
                " trẻ làm trung tâm, phù hợp với điều kiện thực tế của từng điểm trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Mai Phương</strong></p>'),
        ],
        authors=["Hoàng Mai Phương"],
        photographers=["Hoàng Mai Phương"],
        opts={
            "when": datetime(2026, 10, 22, 9, 10),
            "dl": "date",
            "user": "bientap",
            "topic": 10,
            "tags": [38],
        },
    ),
    Story(
        id=266,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-20T09:15:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 415/KH-SGDĐT ngày 02/10/2026 của Sở Giáo dục và Đào tạo về tổ"
                " chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, Sở GD&ĐT"
                " thông báo lịch thi cụ thể như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giờ bắt đầu", "th"),
            P(
                "15/12/2026 | Chiều | Họp Ban Chỉ đạo, thí sinh làm thủ tục dự thi | 14 giờ 00",
                "tr",
            ),
            P("16/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Lịch sử, Tiếng Anh | 7 giờ 30", "tr"),
            P(
                "17/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Địa lí, Tin học | 7 giờ 30",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT Chuyên Chu Văn An, phường Lương Văn Tri. Thí sinh có mặt"
                " trước giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ học sinh có dán ảnh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "dl": "datetime",
            "user": "vanphong",
            "file": "Lich-thi-HSG-lop-12-nam-hoc-2026-2027.pdf",
        },
    ),
    Story(
        id=258,
        slug="thong-bao-tuyen-dung-vien-chuc-cac-truong-truc-thuoc-so-nam-2026",
        title="Thông báo tuyển dụng viên chức các trường trực thuộc Sở năm 2026",
        cat="thong-bao",
        published_at="2026-11-10T14:30:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn thông báo tuyển dụng 64 chỉ tiêu viên chức"
                " giáo viên cho các trường THPT, PTDTNT và trung tâm GDNN-GDTX trực thuộc Sở năm"
                " 2026."
            ),
            P("Hồ sơ đăng ký dự tuyển gồm:"),
            P(
                "Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 85/2023/NĐ-CP;",
                "li",
            ),
            P("Bản sao văn bằng, chứng chỉ theo yêu cầu của vị trí việc làm;", "li"),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            P(
                "Thời gian nhận hồ sơ từ ngày 11/11/2026 đến hết ngày 10/12/2026 (trong giờ hành"
                " chính) tại Văn phòng Sở Giáo dục và Đào tạo. Chi tiết chỉ tiêu và vị trí việc làm"
                " xem tại tệp đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 10, 14, 30),
            "dl": "datetime",
            "user": "vanphong",
            "file": "TB-tuyen-dung-vien-chuc-2026.pdf",
        },
    ),
    Story(
        id=249,
        slug="thong-bao-xet-tang-ky-niem-chuong-vi-su-nghiep-giao-duc-nam-2026",
        title="Thông báo xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2026",
        cat="thong-bao",
        published_at="2026-10-27T08:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT đề nghị các đơn vị trực thuộc, UBND các xã, phường rà soát, lập hồ sơ đề"
                " nghị xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2026 và gửi về Sở (qua"
                " Phòng Tổ chức cán bộ) trước ngày 15/11/2026."
            ),
            P(
                "Hồ sơ gửi bằng văn bản giấy và bản điện tử qua hệ thống quản lý văn bản và điều"
                " hành. Mẫu hồ sơ và hướng dẫn chi tiết tại công văn đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 27, 8, 0),
            "dl": "datetime",
            "user": "vanphong",
            "file": "CV-2987-SGDDT-TCCB-ky-niem-chuong.pdf",
        },
    ),
    Story(
        id=264,
        slug="truong-ptdtbt-thcs-tan-tien-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTBT THCS Tân Tiến tổ chức Ngày hội văn hóa các dân tộc",
        cat="tin-co-so",
        published_at="2026-11-19",
        blocks=[
            P(
                "Hưởng ứng Ngày hội Đại đoàn kết toàn dân tộc 18/11, ngày 17/11, Trường PTDTBT THCS"
                " Tân Tiến (xã Tân Tiến) tổ chức Ngày hội văn hóa các dân tộc với sự tham gia của"
                " 320 học sinh người Tày, Nùng, Dao."
            ),
            _br(
                "ngay-hoi-van-hoa-tan-tien-1.jpg",
                "Học sinh trình diễn trang phục truyền thống dân tộc Dao",
                "css",
            ),
            P(
                "Ngày hội gồm các hoạt động: trình diễn trang phục, hát then, đàn tính, thi gói bánh"
                " chưng, các trò chơi dân gian như ném còn, đẩy gậy, kéo co. Mỗi lớp còn trưng bày"
                " một góc văn hóa giới thiệu nhạc cụ, đồ dùng sinh hoạt truyền thống do học sinh"
                " sưu tầm."
            ),
            _br(
                "ngay-hoi-van-hoa-tan-tien-2.jpg",
                "Tiết mục hát then, đàn tính của học sinh lớp 8A",
                "css",
            ),
            P(
                "Hoạt động giúp học sinh thêm hiểu, thêm yêu và có ý thức giữ gìn bản sắc văn hóa"
                " dân tộc mình, đồng thời tăng cường đoàn kết giữa học sinh các dân tộc trong nhà"
                " trường."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lộc Thị Huyền</strong></p>'),
        ],
        authors=["Lộc Thị Huyền"],
        photographers=["Lộc Thị Huyền"],
        opts={"when": datetime(2026, 11, 19, 20, 10), "dl": "date", "user": "bientap", "topic": 12},
    ),
    Story(
        id=257,
        slug="truong-thpt-viet-bac-ra-mat-cau-lac-bo-robotics",
        title="Trường THPT Việt Bắc ra mắt Câu lạc bộ Robotics",
        cat="tin-co-so",
        published_at="2026-11-09",
        blocks=[
            P(
                "Ngày 07/11, Trường THPT Việt Bắc (phường Đông Kinh) tổ chức lễ ra mắt Câu lạc bộ"
                " Robotics với 45 thành viên là học sinh yêu thích khoa học, công nghệ."
            ),
            _br("clb-robotics-viet-bac.jpg", "Thành viên câu lạc bộ giới thiệu mô hình xe tự hành"),
            P(
                "Câu lạc bộ sinh hoạt 2 buổi mỗi tuần tại phòng học STEM của nhà trường, dưới sự"
                " hướng dẫn của các thầy cô tổ Vật lí - Công nghệ và Tin học. Học sinh được học lập"
                " trình, lắp ráp robot và tham gia thiết kế các sản phẩm dự thi khoa học kỹ thuật."
            ),
            P(
                "Mục tiêu năm học này, câu lạc bộ sẽ có ít nhất 2 sản phẩm tham dự Cuộc thi khoa"
                " học, kỹ thuật cấp tỉnh dành cho học sinh trung học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Đinh Quang Huy</strong><br />'
                "<strong>Ảnh: Nguyễn Hải Yến</strong></p>"
            ),
        ],
        authors=["Đinh Quang Huy"],
        photographers=["Nguyễn Hải Yến"],
        opts={"when": datetime(2026, 11, 9, 11, 0), "dl": "none", "user": "bientap", "topic": 12},
    ),
    Story(
        id=253,
        slug="truong-thcs-loc-binh-dien-tap-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
        title="Trường THCS Lộc Bình diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        cat="tin-co-so",
        published_at="2026-11-03",
        blocks=[
            P(
                "Nhằm nâng cao kỹ năng thoát hiểm cho học sinh, ngày 31/10, Trường THCS Lộc Bình"
                " phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực Lộc"
                " Bình tổ chức diễn tập phương án chữa cháy tại trường."
            ),
            Img(
                _files("dien-tap-pccc-thcs-loc-binh.jpg"),
                "Học sinh thực hành sử dụng bình chữa cháy dưới sự hướng dẫn của cán bộ Cảnh sát PCCC",
                "Học sinh thực hành sử dụng bình chữa cháy dưới sự hướng dẫn của cán bộ Cảnh sát PCCC",
                "inline",
            ),
            P(
                "Giả định đám cháy xảy ra tại phòng thí nghiệm tầng 2, lực lượng PCCC cơ sở của nhà"
                " trường nhanh chóng báo động, ngắt điện, hướng dẫn hơn 600 học sinh sơ tán ra sân"
                " trường an toàn trong vòng 5 phút; đồng thời sử dụng bình chữa cháy và lăng vòi"
                " tại chỗ để dập đám cháy."
            ),
            P(
                "Sau diễn tập, cán bộ Cảnh sát PCCC đã hướng dẫn học sinh cách sử dụng bình chữa"
                " cháy, kỹ năng thoát nạn khi có khói và cách sơ cứu người bị bỏng."
            ),
            Raw(
                '<p style="text-align: right;"><em>(Theo Cổng thông tin điện tử xã Lộc Bình)</em></p>'
            ),
        ],
        source="Cổng thông tin điện tử xã Lộc Bình",
        opts={"when": datetime(2026, 11, 3, 15, 25), "dl": "date", "user": "admin", "topic": 12},
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def article_path(s: Story) -> str:
    return f"{CATS[s.cat][1]}/{s.slug}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def alt_paths(s: Story) -> list[str]:
    return [f"/index.php{article_path(s)}", f"/index.php?cID={s.id}"]


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][2], alt_paths=alt_paths(s)) for s in _LATEST
]


# --- documents (Express objects "Văn bản") ----------------------------------------------------


@dataclass(frozen=True)
class Doc:
    entry: int
    fid: int
    number: str
    issued: date
    abstract: str
    signer: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/chi-tiet/view_express_entity/{self.entry}"

    @property
    def file_url(self) -> str:
        return _files(self.file)

    @property
    def download(self) -> str:
        return f"/download_file/view/{self.fid}/{VAN_BAN_CID}"


VAN_BAN_CID = 190
DOCS: list[Doc] = [
    Doc(48, 531, "3125/SGDĐT-GDTrH", date(2026, 11, 23), "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027", "Hoàng Văn Thắng", "cong-van-3125-sgddt-gdtrh.pdf"),
    Doc(47, 528, "415/KH-SGDĐT", date(2026, 11, 18), "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026", "Vi Thị Hồng Minh", "ke-hoach-415-kh-sgddt.pdf"),
    Doc(46, 524, "1312/QĐ-SGDĐT", date(2026, 11, 12), "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12", "Vi Thị Hồng Minh", "quyet-dinh-1312-qd-sgddt.pdf"),
    Doc(45, 519, "2987/SGDĐT-TCCB", date(2026, 10, 26), "V/v xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2026", "Hoàng Văn Thắng", "cong-van-2987-sgddt-tccb.pdf"),
    Doc(44, 512, "2901/SGDĐT-GDMN", date(2026, 10, 19), "V/v tăng cường công tác bảo đảm an toàn thực phẩm trong trường mầm non", "Lương Thị Hạnh", "cong-van-2901-sgddt-gdmn.pdf"),
    Doc(43, 507, "398/KH-SGDĐT", date(2026, 10, 8), "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027", "Hoàng Văn Thắng", "ke-hoach-398-kh-sgddt.pdf"),
    Doc(42, 501, "2760/SGDĐT-CTTT", date(2026, 9, 29), "V/v tăng cường công tác phòng, chống đuối nước cho học sinh", "Lương Thị Hạnh", "cong-van-2760-sgddt-cttt.pdf"),
]  # fmt: skip
DOCS_PER_PAGE = 5
DOC_SORTS = {
    "ak_so_hieu": ("Số hiệu", lambda d: d.number),
    "ak_ngay_ban_hanh": ("Ngày ban hành", lambda d: d.issued),
    "ak_trich_yeu": ("Trích yếu", lambda d: d.abstract),
}
_DOC_BY_ENTRY = {d.entry: d for d in DOCS}
_DOC_BY_FID = {d.fid: d for d in DOCS}
_ATTACH_FID = {s.id: 540 + i for i, s in enumerate(s for s in STORIES if s.opts.get("file"))}

#: static pages: path -> (cID, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu": (150, "Giới thiệu", [
        "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa"
        " bàn tỉnh.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
        " chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh"
        " tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    ]),
    "/gioi-thieu/co-cau-to-chuc": (151, "Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng"
        " Quản lý chất lượng và Giáo dục thường xuyên.",
        "Các đơn vị sự nghiệp trực thuộc: 34 trường THPT, 2 trường PTDTNT THPT, 11 trung tâm"
        " GDNN-GDTX và Trường THPT Chuyên Chu Văn An.",
    ]),
    "/gioi-thieu/lanh-dao-so": (152, "Lãnh đạo Sở", [
        "Giám đốc Sở: bà Vi Thị Hồng Minh. Điện thoại: 0205 3 870 241.",
        "Phó Giám đốc Sở: ông Hoàng Văn Thắng; bà Lương Thị Hạnh.",
    ]),
}  # fmt: skip
#: other single pages: path -> cID
SINGLE = {
    "/": HOME_CID,
    "/van-ban": VAN_BAN_CID,
    "/thu-vien-anh": 191,
    "/lien-he": 192,
    "/lich-cong-tac": 193,
    "/tim-kiem": 194,
}
_CID_PATH = {
    **{cid: p for p, cid in SINGLE.items()},
    **{v[0]: v[1] for v in CATS.values()},
    **{v[0]: p for p, v in PAGES.items()},
    **{s.id: article_path(s) for s in STORIES},
}

CAL_KEY = "ccm_calendar_month"
#: the work calendar's entries of November 2026: day -> lines
EVENTS: dict[int, list[str]] = {
    2: ["08:00 - Giám đốc Sở họp giao ban lãnh đạo Sở"],
    9: [
        "08:00 - Phó Giám đốc Hoàng Văn Thắng dự lễ khai mạc lớp tập huấn AI cho giáo viên tiểu học"
    ],
    16: ["14:00 - Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS"],
    19: ["08:00 - Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11"],
    23: ["08:00 - Hội nghị giao ban công tác giáo dục trung học"],
    26: [
        "08:00 - Giám đốc Sở làm việc tại xã Tân Tiến",
        "14:00 - Họp Hội đồng thi đua khen thưởng",
    ],
    30: ["08:00 - Giao ban lãnh đạo Sở tháng 12"],
}
SITEMAP_DATE = datetime(2026, 10, 31, 23, 0)
DELETED = "/tin-tuc/ket-qua-thi-tuyen-sinh-lop-10-nam-hoc-2026-2027"


def _cal_q(y: int, m: int) -> str:
    return f"/lich-cong-tac?{CAL_KEY}={y:04d}-{m:02d}"


def _shift(y: int, m: int, step: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + step
    return n // 12, n % 12 + 1


NON_ARTICLES: list[str] = [
    "/",
    *(c[1] for c in CATS.values()),
    *(f"/index.php{c[1]}" for c in CATS.values()),
    *(
        f"{c[1]}?ccm_paging_p={n}"
        for k, c in CATS.items()
        for n in range(2, _pages(len(in_cat(k)), c[3]) + 1)
    ),
    *PAGES,
    *(f"/index.php{p}" for p in PAGES),
    "/van-ban",
    "/index.php/van-ban",
    "/van-ban?ccm_paging_p=2",
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    "/index.php/thu-vien-anh",
    "/lien-he",
    "/index.php/lien-he",
    "/lich-cong-tac",
    _cal_q(2026, 11),
    "/tim-kiem",
    "/login",
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    return text(value, nfd=bool(s and s.opts.get("nfd")))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _topic_path(tid: int) -> str:
    return f"/tin-tuc/topic/{tid}/{TOPICS[tid][0]}"


_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _head(title: str, cid: int, extra: str = "", description: str = "") -> str:
    desc = f'<meta name="description" content="{esc(description)}"/>\n' if description else ""
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>\n'
        f"<title>{esc(SITE_SHORT)} :: {title}</title>\n{desc}"
        '<meta name="generator" content="Concrete CMS"/>\n'
        '<link rel="shortcut icon" href="/application/files/2816/0012/4471/favicon.ico" type="image/x-icon"/>\n'
        f"{extra}"
        '<script type="text/javascript">\n'
        '    var CCM_DISPATCHER_FILENAME = "/index.php";\n'
        f"    var CCM_CID = {cid};\n"
        "    var CCM_EDIT_MODE = false;\n    var CCM_ARRANGE_MODE = false;\n"
        '    var CCM_IMAGE_PATH = "/concrete/images";\n'
        '    var CCM_APPLICATION_URL = "https://sgddt.langson.gov.vn";\n'
        '    var CCM_REL = "";\n    var CCM_ACTIVE_LOCALE = "vi_VN";\n'
        "    var CCM_USER_REGISTERED = false;\n</script>\n"
        '<link href="/concrete/css/fontawesome/all.css?ccm_nocache=6f4a0c3e" rel="stylesheet" type="text/css" media="all">\n'
        '<link href="/concrete/css/features/imagery/frontend.css?ccm_nocache=6f4a0c3e" rel="stylesheet" type="text/css" media="all">\n'
        f'<link href="{THEME}/css/main.css" rel="stylesheet" type="text/css" media="all">\n'
        '<link href="/application/files/cache/css/sgd_xulang/skin.css?ts=1763456120" rel="stylesheet" type="text/css" media="all">\n'
        "</head>\n"
    )


_MENU = [
    ("Giới thiệu", "/index.php/gioi-thieu", [
        ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Sở", "/index.php/gioi-thieu/lanh-dao-so"),
    ]),
    ("Tin tức - Sự kiện", "/index.php/tin-tuc", []),
    ("Thông báo", "/index.php/thong-bao", []),
    ("Tin từ cơ sở", "/index.php/tin-co-so", []),
    ("Văn bản", "/index.php/van-ban", []),
    ("Thư viện ảnh", "/index.php/thu-vien-anh", []),
    ("Liên hệ", "/index.php/lien-he", []),
]  # fmt: skip


def _header(active: str = "") -> str:
    items = [
        '<li class="nav-item"><a class="nav-link" href="/"><i class="fas fa-home"></i> Trang chủ</a></li>'
    ]
    for label, href, subs in _MENU:
        sel = " nav-path-selected" if active and href.endswith(active) else ""
        if subs:
            sub = "".join(
                f'<li><a class="dropdown-item" href="{h}">{lab}</a></li>' for lab, h in subs
            )
            items.append(
                f'<li class="nav-item dropdown{sel}"><a class="nav-link dropdown-toggle" href="{href}"'
                f' data-bs-toggle="dropdown">{label}</a><ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="nav-item{sel}"><a class="nav-link" href="{href}">{label}</a></li>'
            )
    return (
        '<header class="sgd-header">\n'
        '<div class="sgd-topbar"><div class="container d-flex justify-content-between">'
        f'<span class="sgd-today"><i class="far fa-calendar-alt"></i> Hôm nay: {TODAY}</span>'
        '<div class="sgd-topbar-right"><a href="https://mail.langson.gov.vn" target="_blank">Thư điện tử</a>'
        ' <span class="sep">|</span> <a href="/login"><i class="fas fa-user"></i> Đăng nhập</a>'
        '<form class="sgd-search" action="/tim-kiem" method="get"><input type="text" name="query"'
        ' placeholder="Nhập từ khóa tìm kiếm..." class="form-control form-control-sm">'
        '<button type="submit" class="btn btn-sm"><i class="fas fa-search"></i></button></form></div></div></div>\n'
        '<div class="sgd-banner"><div class="container"><a href="/" class="sgd-logo">'
        '<img src="/application/files/3916/0012/4468/logo-sgd-lang-son.png" alt="Logo Sở GD&amp;ĐT Lạng Sơn"></a>'
        '<div class="sgd-brand"><span class="sgd-brand-top">ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN</span>'
        '<span class="sgd-brand-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></div></div>\n'
        '<nav class="navbar navbar-expand-lg sgd-nav"><div class="container">'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#sgdNav">'
        '<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="sgdNav">'
        f'<ul class="navbar-nav">{"".join(items)}</ul></div></div></nav>\n'
        '<div class="sgd-marquee"><div class="container"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm'
        " Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!</marquee></div></div>\n"
        "</header>\n"
    )


def _footer() -> str:
    return (
        '<footer class="sgd-footer"><div class="container"><div class="row">\n'
        '<div class="col-md-8"><div class="ccm-custom-style-container ccm-custom-style-footer1-61 footer-info">'
        f'<p class="footer-name"><strong>{SITE.upper()}</strong></p>'
        f"<p>Địa chỉ: {ADDRESS}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: Vi Thị Hồng Minh - Giám đốc Sở Giáo dục và Đào tạo</p>"
        "</div></div>\n"
        '<div class="col-md-4"><ul class="footer-links">'
        '<li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ - Góp ý</a></li>'
        '<li><a href="/tim-kiem">Tìm kiếm</a></li><li><a href="/lich-cong-tac">Lịch công tác</a></li>'
        '<li><a href="/login">Đăng nhập quản trị</a></li></ul></div>\n'
        '</div><div class="footer-copy">© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Lạng Sơn.'
        " Ghi rõ nguồn khi phát hành lại thông tin từ website này. Thiết kế: Công ty TNHH Công nghệ"
        " Xứ Lạng - Xây dựng trên nền tảng Concrete CMS.</div></div></footer>\n"
    )


def _tail() -> str:
    return (
        '<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=6f4a0c3e"></script>\n'
        f'<script type="text/javascript" src="{THEME}/js/main.js"></script>\n'
        "</body>\n</html>\n"
    )


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/" target="_self">Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(
                f'<li class="breadcrumb-item"><a href="{href}" target="_self">{label}</a></li>'
            )
        else:
            lis.append(f'<li class="breadcrumb-item active">{label}</li>')
    return f'<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>\n'


def _sidebar() -> str:
    latest = "".join(
        f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
        f'<div class="ccm-block-page-list-title"><a href="{article_path(s)}" target="_self">{_t(s.title, s)}</a>'
        f' <span class="ngay">({s.opts["when"]:%d/%m})</span></div></div></div>'
        for s in _LATEST[:6]
    )
    docs = "".join(
        f'<tr><td class="ccm-block-document-library-column-title"><a href="{d.download}">{esc(d.number)}</a>'
        f'<div class="trich-yeu">{esc(d.abstract)}</div></td>'
        f'<td class="ccm-block-document-library-column-date_added">{_dmy(d.issued)}</td></tr>'
        for d in DOCS[:4]
    )
    # the mini calendar of the current month
    first = date(2026, 11, 1)
    cells = ["<td></td>"] * first.weekday()
    for day in range(1, 31):
        mark = ' class="co-lich"' if day in EVENTS else ""
        today = ' class="hom-nay"' if day == TODAY_DATE.day else mark
        cells.append(f"<td{today}>{day}</td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    cal = (
        '<div class="ccm-block-calendar-wrapper sgd-mini-cal"><div class="cal-head">'
        f'<a href="{_cal_q(2026, 10)}" class="cal-prev">‹</a> <span>Tháng 11/2026</span>'
        f' <a href="{_cal_q(2026, 12)}" class="cal-next">›</a></div>'
        '<table class="table table-sm"><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th>'
        f"<th>T7</th><th>CN</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<p><a href="{_cal_q(2026, 11)}">Xem lịch công tác tháng 11/2026</a></p></div>'
    )
    return (
        '<aside class="col-lg-4 sgd-sidebar">\n'
        '<div class="ccm-custom-style-container ccm-custom-style-sidebar-71 sgd-box">'
        '<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin mới nhất</h5></div>'
        f'<div class="ccm-block-page-list-pages">{latest}</div></div></div>\n'
        '<div class="ccm-custom-style-container ccm-custom-style-sidebar-72 sgd-box">'
        '<div class="ccm-block-document-library-wrapper"><div class="ccm-block-document-library-header"><h5>Văn bản chỉ đạo</h5></div>'
        f'<table class="table ccm-block-document-library-table"><tbody>{docs}</tbody></table>'
        '<a href="/van-ban" class="xem-tat-ca">Xem tất cả văn bản »</a></div></div>\n'
        '<div class="ccm-custom-style-container ccm-custom-style-sidebar-73 sgd-box">'
        f'<div class="ccm-block-page-list-header"><h5>Lịch công tác</h5></div>{cal}</div>\n'
        '<div class="ccm-custom-style-container ccm-custom-style-sidebar-74 sgd-box banners">'
        '<a href="https://moet.gov.vn" target="_blank"><img src="/application/files/5316/0012/5120/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" class="img-fluid"></a>'
        '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/application/files/5316/0012/5121/banner-dvc.jpg" alt="Cổng Dịch vụ công quốc gia" class="img-fluid"></a>'
        '<a href="/thu-vien-anh"><img src="/application/files/5316/0012/5122/banner-thu-vien-anh.jpg" alt="Thư viện ảnh" class="img-fluid"></a>'
        "</div>\n"
        '<div class="ccm-custom-style-container ccm-custom-style-sidebar-75 sgd-box thong-ke">'
        '<div class="ccm-block-page-list-header"><h5>Thống kê truy cập</h5></div>'
        "<ul><li>Đang truy cập: <b>42</b></li><li>Hôm nay: <b>1.873</b></li>"
        "<li>Tháng này: <b>48.216</b></li><li>Tổng lượt truy cập: <b>5.204.918</b></li></ul></div>\n"
        "</aside>\n"
    )


def _topic_list(selected: int | None = None) -> str:
    sel = ' class="ccm-block-topic-list-topic-selected"'
    items = "".join(
        f'<li><a href="{_topic_path(tid)}"{sel if tid == selected else ""}>{name}</a></li>'
        for tid, (_slug, name) in TOPICS.items()
    )
    return (
        '<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>Chủ đề</h5></div>'
        f'<ul class="ccm-block-topic-list-list">{items}</ul></div>\n'
    )


def _page(
    title: str,
    cid: int,
    ptype: str,
    template: str,
    main: str,
    crumbs: str = "",
    head: str = "",
    description: str = "",
    active: str = "",
    sidebar: bool = True,
) -> str:
    side = _sidebar() if sidebar else ""
    col = "col-lg-8" if sidebar else "col-lg-12"
    return (
        _head(title, cid, head, description)
        + "<body>\n"
        + f'<div class="ccm-page ccm-page-id-{cid} page-type-{ptype} page-template-{template}">\n'
        + _header(active)
        + '<main class="sgd-main"><div class="container">\n'
        + crumbs
        + f'<div class="row"><div class="{col} sgd-content">\n{main}</div>\n{side}</div>\n'
        + "</div></main>\n"
        + _footer()
        + "</div>\n"
        + _tail()
    )


# --- articles -------------------------------------------------------------------------------


def _p_html(p: P, s: Story) -> str:
    body = _t(p.text, s)
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        body = body.replace(_t(phrase, s), f'<a href="{href}">{_t(phrase, s)}</a>', 1)
    if s.opts.get("word"):
        body = entity_mix(body, 3)
        return (
            '<p class="MsoNormal" style="text-align: justify;"><span style="font-size:14.0pt">'
            '<span style="line-height:115%"><span style="font-family:&quot;Times New Roman&quot;,serif">'
            f"{body}</span></span></span>&nbsp;</p>"
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _picture(img: Img, bid: int) -> str:
    name = img.src.rsplit("/", 1)[1]
    cls = f"ccm-image-block img-fluid bID-{bid}"
    return (
        "<picture><!--[if IE 9]><video style='display: none;'><![endif]-->"
        f'<source srcset="{_files(name, "large")}" media="(min-width: 900px)" class="{cls}">'
        f'<source srcset="{_files(name, "medium")}" media="(min-width: 768px)" class="{cls}">'
        f'<source srcset="{_files(name, "small")}" class="{cls}">'
        "<!--[if IE 9]></video><![endif]-->"
        f'<img src="{img.src}" alt="{esc(name)}" width="1200" height="800" class="{cls}"></picture>\n'
    )


def _body_blocks(s: Story) -> str:
    """The main area's Content and Image blocks, in page order."""
    out: list[str] = []
    buf: list[str] = []
    rows: list[P] = []
    items: list[P] = []
    bid = s.id * 10

    def flush_lists() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                tag = "th" if r.style == "th" else "td"
                trs.append("<tr>" + "".join(f"<{tag}>{_t(c, s)}</{tag}>" for c in cells) + "</tr>")
            buf.append(
                '<table class="table table-bordered" border="1" cellpadding="5" cellspacing="0" style="width:100%">'
                "<tbody>" + "".join(trs) + "</tbody></table>"
            )
            rows.clear()
        if items:
            buf.append("<ul>" + "".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "</ul>")
            items.clear()

    def flush() -> None:
        flush_lists()
        if buf:
            out.append("\n".join(buf) + "\n")
            buf.clear()

    for block in s.blocks:
        if isinstance(block, P):
            if block.style in ("th", "tr"):
                rows.append(block)
            elif block.style == "li":
                items.append(block)
            else:
                flush_lists()
                buf.append(_p_html(block, s))
        elif isinstance(block, Img):
            bid += 1
            if block.style in ("inline", "paren"):
                flush_lists()
                name = block.src.rsplit("/", 1)[1]
                buf.append(
                    f'<p style="text-align: center;"><img src="{block.src}" alt="{esc(name)}"'
                    ' width="800" height="533" /></p>'
                )
                if block.printed:
                    buf.append(
                        f'<p style="text-align: center;"><em>{_t(block.printed, s)}</em></p>'
                    )
                continue
            flush()
            out.append(_picture(block, bid))
            if block.printed:
                bid += 1
                if block.style == "css":
                    out.append(
                        f'<div class="ccm-custom-style-container ccm-custom-style-main-{bid} chu-thich-anh">'
                        f"<p>{_t(block.printed, s)}</p></div>\n"
                    )
                else:
                    out.append(
                        f'<p style="text-align: center;"><em>{_t(block.printed, s)}</em></p>\n'
                    )
        else:
            flush()
            bid += 1
            raw = unicodedata.normalize("NFD", block.html) if s.opts.get("nfd") else block.html
            out.append(
                f'<div class="ccm-custom-style-container ccm-custom-style-main-{bid} text-end">{raw}</div>\n'
            )
    flush()
    return "".join(out)


def _meta_block(label: str, value: str) -> str:
    return (
        '<div class="ccm-block-page-attribute-display-wrapper">'
        f'<span class="ccm-block-page-attribute-display-title">{label}</span> {value}</div>'
    )


def _article_main(s: Story, base: str) -> str:
    w: datetime = s.opts["when"]
    metas = []
    if s.opts["dl"] == "date":
        metas.append(_meta_block("Ngày đăng:", _dmy(w)))
    elif s.opts["dl"] == "datetime":
        metas.append(_meta_block("Ngày đăng:", f"{_dmy(w)} {w:%H:%M}"))
    metas.append(_meta_block("Người đăng:", s.opts["user"]))
    if s.opts.get("topic"):
        metas.append(_meta_block("Chủ đề:", TOPICS[s.opts["topic"]][1]))
    parts = [
        f'<h1 class="page-title">{_t(s.title, s)}</h1>\n',
        f'<div class="ccm-custom-style-container ccm-custom-style-main-{4000 + s.id} post-meta">{"".join(metas)}</div>\n',
    ]
    if s.summary and s.sapo_outside:
        parts.append(
            f'<div class="ccm-custom-style-container ccm-custom-style-main-{5000 + s.id} sapo-bai-viet">'
            '<div class="ccm-block-page-attribute-display-wrapper">'
            f"{_t(s.summary, s)}</div></div>\n"
        )
    parts.append(_body_blocks(s))
    if s.opts.get("youtube"):
        vid = s.opts["youtube"]
        parts.append(
            f'<div id="youtube{s.id}9" class="youtubeBlock ccm-block-youtube-video ratio ratio-16x9">'
            f'<iframe class="YouTubeVideo" src="https://www.youtube.com/embed/{vid}?rel=0"'
            ' title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>\n'
        )
    if s.opts.get("file"):
        name = s.opts["file"]
        parts.append(
            '<div class="ccm-block-file"><i class="fas fa-paperclip"></i> '
            f'<a href="/download_file/view/{_ATTACH_FID[s.id]}/{s.id}">Tải về: {name}</a> (PDF, 212 KB)</div>\n'
        )
    if s.opts.get("tags"):
        tags = "".join(
            f'<a href="/tin-tuc?akID={TAG_AKID}&amp;atSelectOptionValueID={t}" class="btn btn-secondary btn-sm">{esc(TAGS[t])}</a> '
            for t in s.opts["tags"]
        )
        parts.append(
            '<nav role="navigation" aria-label="Tags" class="ccm-block-tags-wrapper">'
            f'<div class="ccm-block-tags-header"><h5>Từ khóa:</h5></div>{tags}</nav>\n'
        )
    url = quote(base + article_path(s), safe="")
    parts.append(
        '<div class="ccm-block-share-this-page"><span class="share-label">Chia sẻ:</span><ul class="list-inline">'
        f'<li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" aria-label="Facebook"><i class="fab fa-facebook-square"></i></a></li>'
        f'<li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" aria-label="Twitter"><i class="fab fa-twitter-square"></i></a></li>'
        f'<li class="list-inline-item"><a href="mailto:?body={url}&amp;subject=Chia%20s%E1%BA%BB" aria-label="Email"><i class="fas fa-envelope"></i></a></li>'
        '<li class="list-inline-item"><a href="javascript:window.print();" aria-label="In trang"><i class="fas fa-print"></i></a></li>'
        "</ul></div>\n"
    )
    related = [o for o in in_cat(s.cat) if o.id != s.id][:4]
    rel = "".join(
        f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
        f'<div class="ccm-block-page-list-title"><a href="{article_path(o)}" target="_self">{_t(o.title, o)}</a></div>'
        f'<div class="ccm-block-page-list-date">{_dmy(o.opts["when"])}</div></div></div>'
        for o in related
    )
    parts.append(
        '<div class="ccm-custom-style-container ccm-custom-style-main-1701 tin-lien-quan">'
        '<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin liên quan</h5></div>'
        f'<div class="ccm-block-page-list-pages">{rel}</div></div></div>\n'
    )
    siblings = in_cat(s.cat)
    i = siblings.index(s)
    older = siblings[i + 1] if i + 1 < len(siblings) else None
    newer = siblings[i - 1] if i > 0 else None
    nav = ['<div class="ccm-block-next-previous">']
    if older:
        nav.append(
            f'<p class="ccm-block-next-previous-previous-link"><a href="{article_path(older)}">« Bài trước</a></p>'
        )
    if newer:
        nav.append(
            f'<p class="ccm-block-next-previous-next-link"><a href="{article_path(newer)}">Bài sau »</a></p>'
        )
    nav.append(
        f'<p class="ccm-block-next-previous-parent-link"><a href="{CATS[s.cat][1]}">Quay lại danh sách</a></p></div>\n'
    )
    parts.append("".join(nav))
    return "".join(parts)


def _article(s: Story, base: str) -> str:
    _cid, cpath, cname, _ = CATS[s.cat]
    ptype = "thong-bao" if s.cat == "thong-bao" else "blog-entry"
    head = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:url" content="{base}{article_path(s)}">\n'
        f'<meta property="og:site_name" content="{esc(SITE)}">\n'
    )
    if s.images:
        head += f'<meta property="og:image" content="{base}{s.images[0].src}">\n'
    main = _article_main(s, base)
    if s.cat == "tin-tuc":
        main += _topic_list(s.opts.get("topic"))
    return _page(
        _t(s.title, s),
        s.id,
        ptype,
        "right-sidebar",
        main,
        _crumbs([(cname, cpath), (_t(s.title, s), None)]),
        head,
        s.summary or "",
        cpath,
    )


# --- listings -------------------------------------------------------------------------------


def _entry(s: Story, thumb: bool = True) -> str:
    thumb_html = ""
    cls = "ccm-block-page-list-page-entry"
    if thumb:
        cls += "-horizontal"
        src = (
            _files(s.images[0].src.rsplit("/", 1)[1], "small")
            if s.images
            else _files("anh-dai-dien-mac-dinh.jpg")
        )
        thumb_html = (
            f'<div class="ccm-block-page-list-page-entry-thumbnail"><img src="{src}" alt="" width="300"'
            ' height="200" class="img-fluid"></div>'
        )
    desc = (
        f'<div class="ccm-block-page-list-description">{_t(s.summary, s)}</div>'
        if s.summary
        else ""
    )
    return (
        f'<div class="{cls}">{thumb_html}<div class="ccm-block-page-list-page-entry-text">'
        f'<div class="ccm-block-page-list-title"><a href="{article_path(s)}" target="_self">{_t(s.title, s)}</a></div>'
        f'<div class="ccm-block-page-list-date"><i class="far fa-clock"></i> {_dmy(s.opts["when"])}</div>'
        f"{desc}"
        f'<div class="ccm-block-page-list-page-entry-read-more"><a href="{article_path(s)}" target="_self"'
        ' class="ccm-block-page-list-read-more">Xem tiếp</a></div></div></div>\n'
    )


def _pager(base_path: str, page: int, pages: int, extra: dict[str, str] | None = None) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        q = f"ccm_paging_p={n}"
        if extra:
            q += "".join(f"&amp;{k}={quote(v, safe='')}" for k, v in extra.items())
        return f"{base_path}?{q}"

    lis = []
    if page > 1:
        lis.append(
            f'<li class="page-item prev"><a class="page-link" href="{href(page - 1)}">&larr; Trước</a></li>'
        )
    else:
        lis.append(
            '<li class="page-item prev disabled"><span class="page-link">&larr; Trước</span></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            lis.append(
                f'<li class="page-item active"><span class="page-link">{n} <span class="visually-hidden">(current)</span></span></li>'
            )
        else:
            lis.append(f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(
            f'<li class="page-item next"><a class="page-link" href="{href(page + 1)}">Sau &rarr;</a></li>'
        )
    else:
        lis.append(
            '<li class="page-item next disabled"><span class="page-link">Sau &rarr;</span></li>'
        )
    return f'<div class="ccm-pagination-wrapper"><ul class="pagination">{"".join(lis)}</ul></div>\n'


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(1, int(params.get("ccm_paging_p", "1")))
    except ValueError:
        return 1


def _cursor(stories: list[Story], page: int, per: int) -> str:
    last = stories[min(len(stories), (page - 1) * per) - 1]
    return f"{last.opts['when']:%Y-%m-%d %H:%M:%S}|{last.id}"


def _listing(
    req_path: str,
    cat: str,
    params: dict[str, str],
    stories: list[Story] | None = None,
    heading: str | None = None,
    topic: int | None = None,
) -> str:
    cid, cpath, cname, per = CATS[cat]
    stories = in_cat(cat) if stories is None else stories
    pages = _pages(len(stories), per)
    page = _page_no(params)
    shown = stories[(page - 1) * per : page * per]
    entries = "".join(_entry(s) for s in shown)
    none = f'<div class="ccm-block-page-list-no-pages">{NO_PAGES}</div>' if not shown else ""
    rss = (
        '<a href="/rss/tin-tuc" target="_blank" class="ccm-block-page-list-rss-feed"><i class="fas fa-rss"></i></a>'
        if cat == "tin-tuc"
        else ""
    )
    extra = None
    if topic is not None and page < pages:
        extra = {"ccm_cursor": _cursor(stories, page + 1, per)}
    pager = _pager(req_path, page, pages, extra) if page <= pages else ""
    title = heading or cname
    main = (
        f'<h1 class="page-title">{title}</h1>\n'
        '<div class="ccm-block-page-list-wrapper">'
        f'<div class="ccm-block-page-list-header"><h5>{title}</h5></div>{rss}'
        f'<div class="ccm-block-page-list-pages">{entries}</div><!-- end .ccm-block-page-list-pages -->{none}'
        "</div><!-- end .ccm-block-page-list-wrapper -->\n"
        f"{pager}"
    )
    if cat == "tin-tuc":
        main += _topic_list(topic)
    crumbs = [(cname, cpath), (heading, None)] if heading else [(cname, None)]
    head = (
        '<link href="/rss/tin-tuc" rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện">\n'
        if cat == "tin-tuc"
        else ""
    )
    return _page(title, cid, "page", "right-sidebar", main, _crumbs(crumbs), head, active=cpath)


def _home() -> str:
    slides = [s for s in _LATEST if s.opts.get("slider")]
    slider = "".join(
        f'<li><a href="/index.php{article_path(s)}"><img src="{s.images[0].src}" alt="{esc(s.title)}" width="800" height="450"></a>'
        f'<div class="ccm-image-slider-text"><h2 class="ccm-image-slider-title"><a href="/index.php{article_path(s)}">{_t(s.title, s)}</a></h2></div></li>'
        for s in slides
    )

    def box(cat: str, n: int, thumb: bool) -> str:
        _cid, cpath, cname, _ = CATS[cat]
        entries = "".join(_entry(s, thumb) for s in in_cat(cat)[:n])
        return (
            '<div class="ccm-custom-style-container ccm-custom-style-main-90 sgd-box">'
            '<div class="ccm-block-page-list-wrapper">'
            f'<div class="ccm-block-page-list-header"><h5>{cname}</h5></div>'
            f'<div class="ccm-block-page-list-pages">{entries}</div></div>'
            f'<a class="xem-them" href="{cpath}">Xem thêm »</a></div>\n'
        )

    main = (
        '<div class="ccm-image-slider-container ccm-block-image-slider-pages">'
        '<div class="ccm-custom-style-container ccm-custom-style-main-88 tin-noi-bat"><h5>Tin nổi bật</h5>'
        f'<div class="ccm-image-slider"><div class="ccm-image-slider-inner"><ul class="rslides" id="ccm-image-slider-88">{slider}</ul></div></div></div></div>\n'
        + box("tin-tuc", 4, True)
        + box("thong-bao", 3, False)
        + box("tin-co-so", 2, True)
    )
    return _page("Trang chủ", HOME_CID, "page", "home", main, head=(
        '<link href="/rss/tin-tuc" rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện">\n'
    ))  # fmt: skip


# --- other pages ----------------------------------------------------------------------------


def _static(path: str) -> str:
    cid, title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    crumbs: list[tuple[str, str | None]] = [(title, None)]
    if path != "/gioi-thieu":
        crumbs = [("Giới thiệu", "/gioi-thieu"), (title, None)]
        sub = ""
    else:
        sub = (
            '<ul class="sgd-subnav"><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
            '<li><a href="/gioi-thieu/lanh-dao-so">Lãnh đạo Sở</a></li></ul>'
        )
    main = f'<h1 class="page-title">{title}</h1>\n{body}\n{sub}'
    return _page(title, cid, "page", "right-sidebar", main, _crumbs(crumbs), active="/gioi-thieu")


def _van_ban(req_path: str, params: dict[str, str]) -> str:
    order = params.get("ccm_order_by", "ak_ngay_ban_hanh")
    if order not in DOC_SORTS:
        order = "ak_ngay_ban_hanh"
    direction = params.get("ccm_order_by_direction", "desc")
    if direction not in ("asc", "desc"):
        direction = "desc"
    docs = sorted(DOCS, key=DOC_SORTS[order][1], reverse=direction == "desc")
    pages = _pages(len(docs), DOCS_PER_PAGE)
    page = min(_page_no(params), pages)
    shown = docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]

    def th(col: str) -> str:
        label = DOC_SORTS[col][0]
        nxt = "asc" if (order == col and direction == "desc") else "desc"
        cls = f' class="ccm-results-list-active-sort-{direction}"' if order == col else ""
        return f'<th{cls}><a href="{req_path}?ccm_order_by={col}&amp;ccm_order_by_direction={nxt}">{label}</a></th>'

    rows = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f'<td>{esc(d.abstract)}</td><td><a href="{d.download}"><i class="fas fa-download"></i></a></td></tr>'
        for d in shown
    )
    keep = (
        {"ccm_order_by": order, "ccm_order_by_direction": direction}
        if "ccm_order_by" in params
        else None
    )
    main = (
        '<h1 class="page-title">Văn bản</h1>\n<div class="ccm-block-express-entry-list">'
        f'<form method="get" action="{req_path}" class="ccm-block-express-entry-list-search">'
        '<input type="text" name="keywords" class="form-control" placeholder="Tìm văn bản...">'
        '<button type="submit" class="btn btn-primary btn-sm">Tìm</button></form>'
        '<table class="table ccm-block-express-entry-list-table table-striped"><thead><tr>'
        f"{th('ak_so_hieu')}{th('ak_ngay_ban_hanh')}{th('ak_trich_yeu')}<th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>\n{_pager(req_path, page, pages, keep)}"
    )
    return _page(
        "Văn bản",
        VAN_BAN_CID,
        "page",
        "full",
        main,
        _crumbs([("Văn bản", None)]),
        active="/van-ban",
    )


def _doc(d: Doc) -> str:
    rows = [
        ("Số hiệu", esc(d.number)),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Trích yếu", esc(d.abstract)),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"),
        ("Người ký", esc(d.signer)),
        ("Tệp đính kèm", f'<a href="{d.file_url}">{d.file}</a>'),
    ]
    table = "".join(
        f'<div class="ccm-block-express-entry-detail-attribute"><h5>{k}</h5><div>{v}</div></div>'
        for k, v in rows
    )
    main = (
        f'<h1 class="page-title">Văn bản số {esc(d.number)}</h1>\n'
        f'<div class="ccm-block-express-entry-detail">{table}</div>\n'
        '<p><a href="/van-ban">« Quay lại danh sách văn bản</a></p>'
    )
    return _page(
        f"Văn bản số {esc(d.number)}", 195, "page", "full", main,
        _crumbs([("Văn bản", "/van-ban"), ("Chi tiết văn bản", None)]), active="/van-ban",
    )  # fmt: skip


GALLERY: list[tuple[str, str]] = [
    ("thu-vien-anh-khai-giang-2026-1.jpg", "Lễ khai giảng năm học 2026 - 2027 tại Trường THPT Chuyên Chu Văn An"),
    ("thu-vien-anh-khai-giang-2026-2.jpg", "Học sinh Trường Tiểu học Hoàng Văn Thụ trong ngày khai giảng"),
    ("thu-vien-anh-hkpd-2026.jpg", "Hội khỏe Phù Đổng tỉnh lần thứ XII"),
    ("thu-vien-anh-20-11-2026.jpg", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam"),
    ("thu-vien-anh-stem-2026.jpg", "Ngày hội STEM học sinh trung học"),
    ("thu-vien-anh-mam-non-2026.jpg", "Một giờ học của trẻ Trường Mầm non Hoa Lan"),
]  # fmt: skip


def _gallery() -> str:
    items = "".join(
        f'<div class="col-md-4 ccm-block-gallery-item"><a href="{_files(n)}" data-gallery-lightbox="true"'
        f' data-caption="{esc(c)}"><img src="{_files(n, "gallery_thumb")}" alt="{esc(c)}" class="img-fluid"></a>'
        f'<div class="ccm-block-gallery-caption">{esc(c)}</div></div>'
        for n, c in GALLERY
    )
    main = (
        '<h1 class="page-title">Thư viện ảnh</h1>\n'
        f'<div class="ccm-block-gallery"><div class="row">{items}</div></div>\n'
    )
    return _page(
        "Thư viện ảnh",
        191,
        "page",
        "full",
        main,
        _crumbs([("Thư viện ảnh", None)]),
        active="/thu-vien-anh",
    )


def _contact() -> str:
    form = (
        '<div class="ccm-block-express-form"><div class="ccm-form"><a name="form1931"></a>'
        '<form enctype="multipart/form-data" class="form-stacked" method="post" action="/lien-he/submit/1931#form1931">'
        '<input type="hidden" name="ccm_token" value="1763456120:4a1e7b0c2f9d8e6a5b3c1d0e9f8a7b6c">'
        '<div class="mb-3"><label class="form-label" for="ten">Họ và tên <span class="text-muted small">Bắt buộc</span></label>'
        '<input type="text" id="ten" name="akID[41][value]" class="form-control"></div>'
        '<div class="mb-3"><label class="form-label" for="email">Email</label>'
        '<input type="email" id="email" name="akID[42][value]" class="form-control"></div>'
        '<div class="mb-3"><label class="form-label" for="noidung">Nội dung góp ý</label>'
        '<textarea id="noidung" name="akID[43][value]" rows="5" class="form-control"></textarea></div>'
        '<div class="form-actions"><button type="submit" name="Submit" class="btn btn-primary">Gửi</button></div>'
        "</form></div></div>"
    )
    main = (
        '<h1 class="page-title">Liên hệ</h1>\n'
        f"<p><strong>{SITE}</strong></p><p>Địa chỉ: {ADDRESS}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p>\n{form}\n"
        '<div class="ccm-block-google-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18" width="100%" height="300"></iframe></div>'
    )
    return _page(
        "Liên hệ", 192, "page", "full", main, _crumbs([("Liên hệ", None)]), active="/lien-he"
    )


def _calendar(params: dict[str, str]) -> str:
    y, m = 2026, 11
    if mt := re.fullmatch(r"(\d{4})-(\d{2})", params.get(CAL_KEY, "")):
        yy, mm = int(mt.group(1)), int(mt.group(2))
        if 1900 <= yy <= 2999 and 1 <= mm <= 12:
            y, m = yy, mm
    nav = []
    if (y, m) > (1900, 1):
        py, pm = _shift(y, m, -1)
        nav.append(f'<a href="{_cal_q(py, pm)}" class="thang-truoc">‹ Tháng trước</a>')
    if (y, m) < (2999, 12):
        ny, nm = _shift(y, m, 1)
        nav.append(f'<a href="{_cal_q(ny, nm)}" class="thang-sau">Tháng sau ›</a>')
    if (y, m) == (2026, 11):
        lines = "".join(
            f"<tr><td>{_WEEKDAYS[date(2026, 11, d).weekday()]}, {d:02d}/11/2026</td><td>{'<br>'.join(esc(e) for e in ev)}</td></tr>"
            for d, ev in EVENTS.items()
        )
        body = f'<table class="table table-bordered lich-tuan"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead><tbody>{lines}</tbody></table>'
    else:
        body = '<p class="ccm-block-calendar-event-list-no-events">Không có lịch công tác trong tháng.</p>'
    main = (
        f'<h1 class="page-title">Lịch công tác tháng {m}/{y}</h1>\n'
        f'<div class="ccm-block-calendar-wrapper"><div class="cal-nav">{" | ".join(nav)}</div>{body}</div>\n'
    )
    return _page("Lịch công tác", 193, "page", "full", main, _crumbs([("Lịch công tác", None)]))


def _search(query: str) -> str:
    hits = [s for s in _LATEST if query and query.lower() in s.title.lower()]
    results = "".join(
        f'<div class="searchResult"><h3><a href="{article_path(s)}">{_t(s.title, s)}</a></h3>'
        f'<p class="pageLink">{article_path(s)}</p></div>'
        for s in hits
    )
    if query and not hits:
        results = f"<h4>Không tìm thấy kết quả cho từ khóa “{esc(query)}”.</h4>"
    main = (
        '<h1 class="page-title">Tìm kiếm</h1>\n'
        '<form action="/tim-kiem" method="get" class="ccm-search-block-form">'
        f'<input name="query" type="text" value="{esc(query)}" class="ccm-search-block-text form-control">'
        '<input name="submit" type="submit" value="Tìm kiếm" class="btn btn-secondary ccm-search-block-submit"></form>'
        f'<div id="searchResults">{results}</div>\n'
    )
    return _page("Tìm kiếm", 194, "page", "full", main, _crumbs([("Tìm kiếm", None)]))


def _login(forgot: bool = False) -> str:
    if forgot:
        inner = (
            '<h2>Quên mật khẩu</h2><form method="post" action="/login/callback/concrete/forgot_password">'
            '<div class="mb-3"><label class="form-label">Địa chỉ email</label><input name="uEmail" type="email" class="form-control"></div>'
            '<button class="btn btn-primary" name="resetPassword">Đặt lại mật khẩu</button></form>'
            '<p><a href="/login">« Quay lại đăng nhập</a></p>'
        )
    else:
        inner = (
            '<h2>Đăng nhập</h2><form method="post" action="/login/authenticate/concrete">'
            '<div class="mb-3"><label class="form-label" for="uName">Tên đăng nhập</label><input name="uName" id="uName" class="form-control"></div>'
            '<div class="mb-3"><label class="form-label" for="uPassword">Mật khẩu</label><input name="uPassword" id="uPassword" type="password" class="form-control"></div>'
            '<div class="form-check"><input type="checkbox" name="uMaintainLogin" value="1" class="form-check-input"> <label class="form-check-label">Ghi nhớ đăng nhập</label></div>'
            '<input type="hidden" name="ccm_token" value="1763456120:9b8c7d6e5f4a3b2c1d0e">'
            '<button class="btn btn-primary">Đăng nhập</button></form>'
            '<p><a href="/login/concrete/forgot_password">Quên mật khẩu?</a></p>'
        )
    main = f'<div class="login-page"><div class="login-form">{inner}</div></div>\n'
    return _page("Đăng nhập", 2, "core-stack", "full", main, sidebar=False)


def _not_found() -> str:
    main = (
        '<h1 class="page-title">Không tìm thấy trang</h1>\n'
        "<p>Không tìm thấy trang bạn yêu cầu. Trang có thể đã bị xóa hoặc chuyển sang địa chỉ khác.</p>"
        '<p><a href="/">Quay lại trang chủ</a></p>\n'
    )
    return _page("Không tìm thấy trang", 3, "core-stack", "full", main)


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{_rfc822(s.opts['when'])}</pubDate></item>"
        for s in in_cat("tin-tuc")[:6]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - Sự kiện</title><link>{base}/tin-tuc</link>"
        f"<description>{esc(SITE)}</description>{items}</channel></rss>"
    )


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _rfc822(w: datetime) -> str:
    return f"{_DAYS[w.weekday()]}, {w.day:02d} {_MONTHS[w.month - 1]} {w.year} {w:%H:%M:%S} +0700"


def _sitemap(base: str) -> str:
    """The sitemap written by the "Generate the sitemap.xml file" task on 31/10/2026."""
    urls = [("/", "daily", "1.0")]
    urls += [(c[1], "daily", "0.8") for c in CATS.values()]
    urls += [(p, "monthly", "0.5") for p in PAGES]
    urls += [
        (p, "weekly", "0.5") for p in ("/van-ban", "/thu-vien-anh", "/lien-he", "/lich-cong-tac")
    ]
    urls += [(article_path(s), "monthly", "0.5") for s in _LATEST if s.opts["when"] < SITEMAP_DATE]
    urls.append((DELETED, "monthly", "0.5"))
    body = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>2026-10-31T23:00:00+07:00</lastmod>"
        f"<changefreq>{f}</changefreq><priority>{pr}</priority></url>"
        for p, f, pr in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


ROBOTS = (
    "User-agent: *\nDisallow: /application/attributes\nDisallow: /application/authentication\n"
    "Disallow: /application/bootstrap\nDisallow: /application/config\nDisallow: /application/controllers\n"
    "Disallow: /application/elements\nDisallow: /application/helpers\nDisallow: /application/jobs\n"
    "Disallow: /application/languages\nDisallow: /application/mail\nDisallow: /application/models\n"
    "Disallow: /application/page_types\nDisallow: /application/single_pages\nDisallow: /application/tools\n"
    "Disallow: /application/views\nDisallow: /ccm/system/captcha/picture\nDisallow: /concrete\n"
    "Disallow: /packages\nDisallow: /updates\nDisallow: /login\n"
)

_ARTICLES = {article_path(s): s for s in STORIES}
_KNOWN_PDF = {d.file_url for d in DOCS}


class ConcreteSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path == "/robots.txt":
            return Response(
                200, ROBOTS + f"Sitemap: {base}/sitemap.xml\n", {"Content-Type": "text/plain"}
            )
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=UTF-8"})
        if path == "/rss/tin-tuc":
            return Response(200, _rss(base), {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if path.endswith(".pdf"):
            if path in _KNOWN_PDF:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if m := re.fullmatch(r"/download_file/view/(\d+)/(\d+)", path):
            fid = int(m.group(1))
            doc = _DOC_BY_FID.get(fid)
            if doc is None and fid not in _ATTACH_FID.values():
                return html(_not_found(), 404)
            name = (
                doc.file
                if doc
                else next(s.opts["file"] for s in STORIES if _ATTACH_FID.get(s.id) == fid)
            )
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
        if path.startswith(("/application/", "/concrete/", "/packages/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/index.php" or path.startswith("/index.php/"):
            if path == "/index.php" and "cID" in params:
                try:
                    cid = int(params["cID"])
                except ValueError:
                    return html(_not_found(), 404)
                target = _CID_PATH.get(cid)
                if target is None:
                    return html(_not_found(), 404)
                rest = {k: v for k, v in params.items() if k != "cID"}
                return self._route(target, target, rest, base)
            inner = path[len("/index.php") :] or "/"
            return self._route(inner, path, params, base)
        if len(path) > 1 and path.endswith("/"):
            query = f"?{request.query}" if request.query else ""
            return redirect(path.rstrip("/") + query, 301)
        return self._route(path, path, params, base)

    def _route(
        self, path: str, req_path: str, params: dict[str, str], base: str
    ) -> Response | None:
        if path == "/":
            return html(_home())
        if path in _ARTICLES:
            return html(_article(_ARTICLES[path], base))
        for cat, (_cid, cpath, _n, _p) in CATS.items():
            if path == cpath:
                if cat == "tin-tuc" and params.get("akID") == str(TAG_AKID):
                    try:
                        tag = int(params.get("atSelectOptionValueID", ""))
                    except ValueError:
                        tag = -1
                    if tag in TAGS:
                        tagged = [s for s in in_cat(cat) if tag in s.opts.get("tags", [])]
                        return html(
                            _listing(req_path, cat, params, tagged, f"Từ khóa: {esc(TAGS[tag])}")
                        )
                return html(_listing(req_path, cat, params))
        if m := re.fullmatch(r"/tin-tuc/topic/(\d+)(?:/([a-z0-9-]+))?", path):
            tid = int(m.group(1))
            if tid in TOPICS:
                stories = [s for s in in_cat("tin-tuc") if s.opts.get("topic") == tid]
                return html(_listing(req_path, "tin-tuc", params, stories, TOPICS[tid][1], tid))
            return html(_listing(req_path, "tin-tuc", params))
        if path in PAGES:
            return html(_static(path))
        if path == "/van-ban":
            return html(_van_ban(req_path, params))
        if m := re.fullmatch(r"/van-ban/chi-tiet/view_express_entity/(\d+)", path):
            doc = _DOC_BY_ENTRY.get(int(m.group(1)))
            return html(_doc(doc)) if doc else html(_not_found(), 404)
        if path == "/thu-vien-anh":
            return html(_gallery())
        if path == "/lien-he":
            return html(_contact())
        if path == "/lich-cong-tac":
            return html(_calendar(params))
        if path == "/tim-kiem":
            return html(_search(params.get("query", "")))
        if path == "/login":
            return html(_login())
        if path == "/login/concrete/forgot_password":
            return html(_login(forgot=True))
        return html(_not_found(), 404)


def build_site() -> ConcreteSite:
    return ConcreteSite()
