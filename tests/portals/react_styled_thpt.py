"""Trường THPT Lê Quý Đôn (Đà Nẵng): a school site written by the school's IT club ("CLB Tin học
LQĐ") in React with styled-components, rendered on the server (Express + ``renderToString``).

Platform
--------
Every page is complete HTML as the server renders it; the client bundle
``/static/js/main.8f3a2c.js`` only hydrates it and is not needed to read anything. The markup is
what styled-components produces: EVERY element that carries a class carries two generated names,
the component id and the style hash (``class="sc-kDvujY fMbqRn"``), different per component and
meaningless. There are no ids, no ``<article>``, ``<main>``, ``<aside>``, ``<nav>``, ``<header>``,
``<footer>`` and no ``<time>``: divs everywhere, with h1/h2/h3, p, a, img, ul/li, span and button.
No canonical link, no Open Graph, no JSON-LD, no meta date: nothing to key on but structure and
text. The ``<style data-styled>`` block in the head holds the generated rules.

URL scheme
----------
- ``/`` home: "Tin mới" (the 6 newest posts, all sections) then one block per section (its 3
  newest posts); the cards are the same card component as everywhere.
- ``/bai-viet/<slug>``: a post. The router ignores any query string, so
  ``/bai-viet/<slug>?from=doc-nhieu`` (the tracking parameter the "Đọc nhiều" widget adds to its
  links) serves the very same post (``alt_paths`` in the gold).
- ``/chuyen-muc/<slug>`` and ``/chuyen-muc/<slug>?trang=<n>``: section listings, 6 cards per page,
  newest first, a pager of links "Trước", page numbers, "Sau" ("Trước" on page 1 and "Sau" on the
  last page are ``<a>`` without href). ``?trang=1`` is the same page as no parameter.
- ``/tag/<slug>`` (``?trang=<n>``): cards of the posts carrying the tag, linked from the "Thẻ:" row
  of the posts only.
- ``/tim-kiem?q=<words>`` (``&trang=<n>``): search results (cards); the header's search box is a
  GET form and the row "Tìm nhiều:" under it links two searches (``q=thi``, ``q=học bổng``).
- Static pages: ``/gioi-thieu`` (long history text under an h1, no date), ``/lien-he`` (a contact
  form), ``/doi-ngu`` (teacher cards: photo, h3 name, one paragraph each), ``/thoi-khoa-bieu``
  (a timetable table).
- Images: uploads at ``/uploads/2026/<mm>/<file>.jpg``, layout under ``/static/media/``.

Page templates
--------------
Post page, top to bottom: a top bar div (``Thứ Sáu, 04/12/2026`` = today, never a publication
date; "Hotline: 0236 3 821 617"), the logo image with the school name in spans, the search form
and "Tìm nhiều:" row, the menu (divs of links), then two columns. Left: the breadcrumb div
"Trang chủ / <section> / <title>", the h1, a meta row of spans (section name as a link; the date in
the vi-VN ``Intl`` short form "18 thg 11, 2026 lúc 07:45", or "3 thg 12, 2026" on posts without
a time; "1.204 lượt xem"), on some posts a small grey byline div ("Bài: Nguyễn Văn Hùng | Ảnh: CLB
Nhiếp ảnh"), on some posts the sapo as a div in inline style ``font-size:18px;font-weight:600``,
then the text as ``<p>``s (sub-headings as h2 or as a bold paragraph, lists as ul/li) inside two
nested divs; photos as ``<div><img></div>`` followed (when captioned) by a div in inline style
``font-style:italic;text-align:center``; at the end of some posts a right-aligned bold name or
a right-aligned italic "Theo Báo Đà Nẵng". Below the text: the tags row ("Thẻ:" + links), the
share buttons (``<button>`` "Chia sẻ", "Sao chép liên kết"), then "Bài viết khác" as an h3 over a
grid of 3 cards: image, h3 link title, the other post's excerpt as a ``<p>`` (its sapo, or its
first paragraph cut at about 150 characters), and a relative date ("2 ngày trước"). Right
column div: "Đọc nhiều" (5 numbered links), "Câu nói hay trong tuần" (a quote paragraph), a
Facebook page-plugin iframe, the counter "Đang truy cập: 12 - Tổng lượt truy cập: 356.789".
Bottom div: address, phone, email, copyright and "Phát triển bởi CLB Tin học LQĐ".

How each gold article is reached
--------------------------------
- Home "Tin mới": the 6 newest posts; the section blocks: the 3 newest of each section (so every
  Đoàn - Hội, Học tập and Thông báo post).
- The older Tin tức posts (KHKT, cha mẹ học sinh, hướng nghiệp) are reached from
  ``/chuyen-muc/tin-tuc`` page 1 and from the "Bài viết khác" grids.
- The oldest Tin tức post, ``khai-mac-giai-bong-da-le-quy-don-cup-lan-thu-vii``, only on
  ``/chuyen-muc/tin-tuc?trang=2`` (and on page 2+ of search results): the grids show the newest
  posts of the section, "Đọc nhiều" does not list it, and its tags are its own.

Traps
-----
- Hashed class names only, no semantic tags, no ids, no metadata: the article has to be found by
  structure (the h1, the meta row, the paragraphs) and text.
- The related grid's cards print a ``<p>`` excerpt of another post (often that post's whole
  sapo) right below the article; on two posts (the two Thông báo) the grid comes WITHOUT the
  "Bài viết khác" heading, the cards follow the share buttons directly.
- The sidebar's quote of the week is a ``<p>`` too; the teacher cards of ``/doi-ngu`` are
  paragraphs with photos; ``/gioi-thieu`` is a long text under an h1 without a date.
- Two dates forms (with and without "lúc HH:MM"); the header prints today; cards print relative
  dates only.
- "Bài: Nguyễn Văn Hùng | Ảnh: CLB Nhiếp ảnh": the club is the photographer (gold harmonised
  after the first crawl: the house credits a unit for its photos, "Tổ Văn phòng", "Đoàn
  trường" in other fixtures; the spec had asked for none);
  "Bài: ThS. Lê Thị Thu Hà | Ảnh: Phan Minh Quân": degree dropped, the photographer is a person;
  "Bài, ảnh: Đoàn Minh Khôi": both. A right-aligned bold name at the end is the author.
- "Theo Báo Đà Nẵng" at the end of one post: the source.
- ``?from=doc-nhieu`` duplicates of the five most-read posts.

Gold decisions
--------------
- title: the h1. published_at: the meta row's date ("18 thg 11, 2026 lúc 07:45" ->
  "2026-11-18T07:45:00+07:00"; "3 thg 12, 2026" -> "2026-12-03").
- summary: the 18px/600 div where printed (it is also the first body paragraph), else null.
- body: the paragraphs, sub-headings and list items of the text; not the byline div, the
  captions, the closing name or source line, the tags, buttons, grid or sidebar.
- images: the photos of the text in order; caption: the italic centred div under a photo, or
  null. Logo, card thumbnails, teacher photos are not article images.
- category: the breadcrumb's section (= the meta row's link), display form.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, collapse, esc, gold_record, static_file

NAME = "react_styled_thpt"
PLATFORM = "React 18 + styled-components, server-side rendered (Express), built by the school's IT club"
START_PATH = "/"

SCHOOL = "Trường THPT Lê Quý Đôn"
SITE_TITLE = "THPT Lê Quý Đôn - Đà Nẵng"
TODAY_LINE = "Thứ Sáu, 04/12/2026"
TODAY_DATE = date(2026, 12, 4)
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "doan-hoi": "Đoàn - Hội",
    "hoc-tap": "Học tập",
    "thong-bao": "Thông báo",
}
TAGS = {
    "hoi-thao": "Hội thao",
    "quan-doi": "22/12",
    "kiem-tra": "Kiểm tra",
    "hoc-ky-i": "Học kỳ I",
    "tu-thien": "Thiện nguyện",
    "doan-truong": "Đoàn trường",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "tin-hoc": "Tin học",
    "giao-luu": "Giao lưu",
    "nha-giao": "Nhà giáo",
    "khkt": "Khoa học kỹ thuật",
    "moi-truong": "Môi trường",
    "hoa-hoc": "Hóa học",
    "phu-huynh": "Phụ huynh",
    "huong-nghiep": "Hướng nghiệp",
    "bong-da": "Bóng đá",
    "lqd-cup": "LQĐ Cup",
}


def up(month: int, name: str) -> str:
    return f"/uploads/2026/{month:02d}/{name}"


# --- class names: styled-components' component id + style hash, invented per component --------

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _hashword(seed: str, n: int) -> str:
    digest = hashlib.sha1(seed.encode("utf-8")).digest()
    return "".join(_LETTERS[b % 52] for b in digest[:n])


def sc(component: str) -> str:
    """``class="sc-xxxxxx yyyyyy"`` of one styled component (stable, random-looking)."""
    return f'class="sc-{_hashword("id" + component, 6)} {_hashword("css" + component, 6)}"'


# --- the posts, newest first ------------------------------------------------------------------
#
# opts: time ("HH:MM" or None), views, tags, byline (the grey div at the top), no_heading (the
# grid without "Bài viết khác"). P styles: "" paragraph, "h2" sub-heading, "b" bold paragraph
# used as a sub-heading, "li" list item, "q" quoted paragraph (italic). Img style "cap": the
# italic centred div under the photo; "none": nothing printed.

S_HOITHAO = "hoi-thao-truyen-thong-chao-mung-82-nam-ngay-thanh-lap-qdnd-viet-nam"
S_KIEMTRA = "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_AOAM = "dem-nhac-gay-quy-ao-am-mua-dong-quyen-gop-hon-85-trieu-dong"
S_TINHOC = "kinh-nghiem-on-thi-hoc-sinh-gioi-thanh-pho-mon-tin-hoc"
S_GIAOLUU = "don-doan-giao-vien-truong-thpt-chuyen-nguyen-binh-khiem-den-giao-luu"
S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_DAIHOI = "dai-hoi-doan-tncs-ho-chi-minh-truong-nhiem-ky-2026-2027"
S_KHKT = "hoc-sinh-dat-9-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho"
S_DOITUYEN = "thong-bao-tuyen-chon-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-2027"
S_HOAHOC = "ngoai-khoa-hoa-hoc-va-doi-song-cho-hoc-sinh-khoi-10"
S_CNXANH = "ra-quan-chu-nhat-xanh-lam-sach-bai-bien-man-thai"
S_CMHS = "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027"
S_HUONGNGHIEP = "toa-dam-huong-nghiep-chon-nganh-chon-tuong-lai"
S_BONGDA = "khai-mac-giai-bong-da-le-quy-don-cup-lan-thu-vii"

_SAPO_HOITHAO = (
    "Sáng 3/12, Đoàn trường THPT Lê Quý Đôn phối hợp với Tổ Giáo dục thể chất - Quốc phòng tổ "
    "chức Hội thao truyền thống chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam "
    "(22/12/1944 - 22/12/2026) với sự tham gia của hơn 1.100 học sinh."
)
_SAPO_AOAM = (
    "Tối 28/11, tại sân trường đã diễn ra đêm nhạc gây quỹ “Áo ấm mùa đông” do Đoàn trường tổ "
    "chức. Sau hơn hai giờ biểu diễn, chương trình quyên góp được hơn 85 triệu đồng để mua áo "
    "ấm, chăn và sách vở cho học sinh vùng cao huyện Tây Giang (Quảng Nam)."
)
_SAPO_NHAGIAO = (
    "Sáng 20/11, Trường THPT Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
    "Nam và tuyên dương các thầy cô giáo, học sinh có thành tích xuất sắc trong năm học 2025-2026."
)
_SAPO_KHKT = (
    "Với 9 dự án đạt giải, trong đó có 2 giải Nhất, Trường THPT Lê Quý Đôn tiếp tục dẫn đầu "
    "thành phố tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học năm học 2026-2027."
)
_SAPO_HUONGNGHIEP = (
    "Chiều 22/10, gần 400 học sinh khối 12 đã cùng các chuyên gia, doanh nghiệp và cựu học sinh "
    "trao đổi về xu hướng ngành nghề tại buổi tọa đàm “Chọn ngành - chọn tương lai”."
)
_SAPO_TINHOC = (
    "Ba năm liền giữ vị trí thủ khoa kỳ thi chọn học sinh giỏi thành phố môn Tin học, đội tuyển "
    "của trường có cách ôn luyện thế nào? Các thầy cô và học sinh chia sẻ những kinh nghiệm quý."
)

STORIES: list[Story] = [
    Story(
        1,
        S_HOITHAO,
        "Hội thao truyền thống chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        "tin-tuc",
        "2026-12-03",
        [
            P(
                "Hội thao gồm các nội dung: kéo co, chạy tiếp sức 4x100m, tháo lắp súng tiểu liên AK "
                "và đội ngũ đơn vị, được tổ chức theo khối lớp tại sân trường và sân vận động Chi Lăng."
            ),
            Img(up(12, "hoi-thao-22-12-khai-mac.jpg"), "Các khối lớp diễu hành tại lễ khai mạc",
                "Các khối lớp diễu hành tại lễ khai mạc", "cap"),
            P(
                "Phát biểu khai mạc, thầy Nguyễn Đức Thịnh, Phó Hiệu trưởng nhà trường, nhấn mạnh hội "
                "thao là dịp để học sinh rèn luyện sức khỏe, tinh thần đoàn kết và tìm hiểu truyền "
                "thống vẻ vang của Quân đội nhân dân Việt Nam anh hùng."
            ),
            P(
                "Nội dung tháo lắp súng AK thu hút sự cổ vũ nhiệt tình của các bạn học sinh. Nhiều "
                "đội thi hoàn thành phần thi dưới 50 giây, trong đó đội lớp 11A3 lập kỷ lục mới của "
                "hội thao với thời gian 38 giây."
            ),
            Img(up(12, "hoi-thao-22-12-thao-lap-sung.jpg"),
                "Phần thi tháo lắp súng tiểu liên AK của khối 11",
                "Phần thi tháo lắp súng tiểu liên AK của khối 11", "cap"),
            P(
                "Kết thúc hội thao, Ban tổ chức trao giải Nhất toàn đoàn cho lớp 12A1 (khối 12), "
                "11A3 (khối 11) và 10A5 (khối 10); các giải cá nhân được trao cho 24 học sinh."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["CLB Nhiếp ảnh"],
        summary=_SAPO_HOITHAO,
        sapo_outside=True,
        opts={"time": None, "views": 486, "tags": ["hoi-thao", "quan-doi"],
              "byline": "Bài: Nguyễn Văn Hùng | Ảnh: CLB Nhiếp ảnh"},
    ),
    Story(
        2,
        S_KIEMTRA,
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-01T08:00:00+07:00",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối "
                "học kỳ I đối với các môn kiểm tra tập trung như sau:"
            ),
            P("Thứ Hai, 21/12/2026: Ngữ văn (90 phút) buổi sáng; Lịch sử (45 phút) buổi chiều.", "li"),
            P("Thứ Ba, 22/12/2026: Toán (90 phút) buổi sáng; Tiếng Anh (60 phút) buổi chiều.", "li"),
            P("Thứ Tư, 23/12/2026: các môn lựa chọn theo tổ hợp (45 phút mỗi môn).", "li"),
            P("Thứ Năm, 24/12/2026: kiểm tra bù cho học sinh vắng có lý do.", "li"),
            P("Lưu ý đối với học sinh", "b"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh; "
                "không mang điện thoại và tài liệu vào phòng thi. Danh sách phòng thi được niêm yết "
                "tại bảng tin nhà trường và gửi qua ứng dụng liên lạc điện tử từ ngày 17/12/2026."
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; các tổ "
                "chuyên môn nộp đề kiểm tra về Phó Hiệu trưởng chuyên môn trước ngày 14/12/2026."
            ),
        ],
        opts={"time": "08:00", "views": 1204, "tags": ["kiem-tra", "hoc-ky-i"], "no_heading": True},
    ),
    Story(
        3,
        S_AOAM,
        "Đêm nhạc gây quỹ “Áo ấm mùa đông” quyên góp hơn 85 triệu đồng",
        "doan-hoi",
        "2026-11-28T19:30:00+07:00",
        [
            P(
                "Chương trình gồm 16 tiết mục ca múa nhạc, nhảy hiện đại và kịch ngắn do chính các "
                "câu lạc bộ Âm nhạc, Dance, Kịch của trường dàn dựng trong gần một tháng."
            ),
            Img(up(11, "ao-am-mua-dong-1.jpg"), "Tiết mục mở màn của CLB Âm nhạc LQĐ",
                "Tiết mục mở màn của CLB Âm nhạc LQĐ", "cap"),
            P(
                "Bên cạnh tiền bán vé, nhiều cựu học sinh, phụ huynh và doanh nghiệp đã ủng hộ trực "
                "tiếp tại đêm nhạc. Gian hàng đồ handmade của học sinh khối 10 cũng thu về hơn 12 "
                "triệu đồng."
            ),
            Img(up(11, "ao-am-mua-dong-2.jpg")),
            P(
                "“Chúng em mong những chiếc áo ấm sẽ đến với các bạn nhỏ trước khi đợt rét đầu mùa "
                "về”, bạn Trần Bảo Ngọc, Bí thư Chi đoàn 11A2, chia sẻ.",
                "q",
            ),
            P(
                "Theo kế hoạch, đoàn thiện nguyện của trường sẽ lên Tây Giang vào ngày 19 và 20/12 "
                "để trao 300 áo ấm, 150 chăn và 500 bộ sách vở cho học sinh hai trường PTDTBT tiểu "
                "học và THCS của huyện."
            ),
            Raw('<div style="text-align:right;font-weight:700">Trần Thị Mai Anh</div>'),
        ],
        authors=["Trần Thị Mai Anh"],
        summary=_SAPO_AOAM,
        sapo_outside=True,
        opts={"time": "19:30", "views": 2318, "tags": ["tu-thien", "doan-truong"]},
    ),
    Story(
        4,
        S_TINHOC,
        "Kinh nghiệm ôn thi học sinh giỏi thành phố môn Tin học: chia sẻ từ đội tuyển",
        "hoc-tap",
        "2026-11-26T15:10:00+07:00",
        [
            P("Nền tảng trước, kỹ thuật sau", "h2"),
            P(
                "Theo cô Lê Thị Thu Hà, giáo viên phụ trách đội tuyển, sai lầm phổ biến nhất của học "
                "sinh là lao vào học các thuật toán nâng cao khi chưa vững cấu trúc dữ liệu cơ bản. "
                "Vì vậy, ba tháng đầu đội tuyển chỉ tập trung vào mảng, xâu, sắp xếp, tìm kiếm nhị "
                "phân và kỹ năng đọc đề."
            ),
            P(
                "“Một bài toán đọc sai đề thì thuật toán hay đến mấy cũng bằng không. Các em phải tập "
                "viết lại đề bằng lời của mình trước khi gõ dòng code đầu tiên”, cô Hà nói.",
                "q",
            ),
            Img(up(11, "doi-tuyen-tin-hoc-luyen-tap.jpg"),
                "Đội tuyển Tin học luyện đề tại phòng máy số 3",
                "Đội tuyển Tin học luyện đề tại phòng máy số 3", "cap"),
            P("Luyện đề có chủ đích", "h2"),
            P(
                "Mỗi tuần đội tuyển làm hai đề thi thử trong điều kiện giống như thi thật: 180 phút, "
                "chấm tự động, không truy cập internet. Sau mỗi đề, các thành viên viết nhật ký lỗi "
                "và trình bày lời giải cho cả nhóm."
            ),
            P("Quy hoạch động và đồ thị: luyện từ bài cơ bản đến bài có ràng buộc lớn.", "li"),
            P("Kỹ năng sinh test và kiểm tra bằng thuật toán trâu (brute force).", "li"),
            P("Quản lý thời gian: làm chắc các subtask trước khi tìm lời giải đầy đủ.", "li"),
            P("Giữ tâm lý vững vàng", "h2"),
            P(
                "Em Phạm Gia Huy (lớp 12 Tin), giải Nhất năm học trước, cho rằng điều quan trọng nhất "
                "là không bỏ cuộc giữa chừng: trong phòng thi, nếu bế tắc một bài, em chuyển sang bài "
                "khác rồi quay lại với cái đầu tỉnh táo hơn."
            ),
            P(
                "Kỳ thi chọn học sinh giỏi thành phố năm học 2026-2027 dự kiến diễn ra vào đầu tháng "
                "1/2027. Đội tuyển Tin học của trường năm nay có 8 học sinh khối 11 và 12."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Phan Minh Quân"],
        summary=_SAPO_TINHOC,
        sapo_outside=True,
        opts={"time": "15:10", "views": 1756, "tags": ["hoc-sinh-gioi", "tin-hoc"],
              "byline": "Bài: ThS. Lê Thị Thu Hà | Ảnh: Phan Minh Quân"},
    ),
    Story(
        5,
        S_GIAOLUU,
        "Đón đoàn giáo viên Trường THPT chuyên Nguyễn Bỉnh Khiêm đến giao lưu chuyên môn",
        "tin-tuc",
        "2026-11-24",
        [
            P(
                "Ngày 24/11, Trường THPT Lê Quý Đôn đón đoàn công tác gồm 32 cán bộ quản lý và giáo "
                "viên của Trường THPT chuyên Nguyễn Bỉnh Khiêm (Quảng Nam) đến thăm và giao lưu "
                "chuyên môn."
            ),
            P(
                "Trong buổi sáng, đoàn dự bốn tiết dạy minh họa các môn Toán, Vật lý, Ngữ văn và "
                "Tiếng Anh theo định hướng phát triển năng lực, sau đó sinh hoạt chuyên môn theo "
                "nghiên cứu bài học cùng các tổ bộ môn."
            ),
            Img(up(11, "giao-luu-nbk.jpg"), "Giáo viên hai trường trao đổi sau tiết dạy minh họa",
                "Giáo viên hai trường trao đổi sau tiết dạy minh họa", "cap"),
            P(
                "Buổi chiều, hai trường trao đổi kinh nghiệm về công tác bồi dưỡng học sinh giỏi, "
                "ứng dụng chuyển đổi số trong quản lý và xây dựng ngân hàng câu hỏi kiểm tra đánh giá."
            ),
            P(
                "Dịp này, hai nhà trường thống nhất tổ chức giao lưu định kỳ hằng năm và cùng xây dựng "
                "các chuyên đề bồi dưỡng học sinh giỏi liên trường."
            ),
            Raw('<div style="text-align:right;font-weight:700">Trần Thị Mai Anh</div>'),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={"time": None, "views": 342, "tags": ["giao-luu"]},
    ),
    Story(
        6,
        S_NHAGIAO,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT thành phố Đà Nẵng, UBND quận Sơn Trà, "
                "Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(up(11, "le-20-11-quang-canh.jpg"), "Quang cảnh buổi lễ",
                "Quang cảnh buổi lễ", "cap"),
            P(
                "Ôn lại truyền thống, cô Hiệu trưởng Nguyễn Thị Minh Thư điểm lại những dấu mốc của "
                "nhà trường sau hơn ba thập niên xây dựng và phát triển, với hàng trăm giải học sinh "
                "giỏi quốc gia và quốc tế."
            ),
            P(
                "Năm học 2025-2026, nhà trường có 58 học sinh đạt giải học sinh giỏi quốc gia, 2 học "
                "sinh đạt huy chương Olympic quốc tế; tỷ lệ tốt nghiệp THPT đạt 100%."
            ),
            P(
                "Tại buổi lễ, 15 thầy cô được tặng danh hiệu Chiến sĩ thi đua cơ sở, 46 học sinh được "
                "khen thưởng vì thành tích xuất sắc trong học tập và rèn luyện."
            ),
            Img(up(11, "le-20-11-khen-thuong.jpg"),
                "Hiệu trưởng trao giấy khen cho các thầy cô giáo tiêu biểu",
                "Hiệu trưởng trao giấy khen cho các thầy cô giáo tiêu biểu", "cap"),
            P(
                "Thay mặt học sinh toàn trường, em Nguyễn Hoàng Khánh Linh (lớp 12 Anh) bày tỏ lòng "
                "biết ơn sâu sắc đến các thầy cô đã tận tụy dìu dắt các thế hệ học trò."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["CLB Nhiếp ảnh"],
        summary=_SAPO_NHAGIAO,
        sapo_outside=True,
        opts={"time": "09:15", "views": 3071, "tags": ["nha-giao"],
              "byline": "Bài: Nguyễn Văn Hùng | Ảnh: CLB Nhiếp ảnh"},
    ),
    Story(
        7,
        S_DAIHOI,
        "Đại hội Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026-2027",
        "doan-hoi",
        "2026-11-18T07:45:00+07:00",
        [
            P(
                "Ngày 17/11, Đoàn trường THPT Lê Quý Đôn tổ chức Đại hội đại biểu nhiệm kỳ 2026-2027 "
                "với sự tham dự của 150 đại biểu đại diện cho hơn 1.600 đoàn viên của 42 chi đoàn."
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2025-2026: 100% chi đoàn "
                "xếp loại vững mạnh, giới thiệu 12 đoàn viên ưu tú học lớp cảm tình Đảng, tổ chức "
                "thành công chuỗi hoạt động tình nguyện “Tiếp sức mùa thi”."
            ),
            Img(up(11, "dai-hoi-doan-2026.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt đại hội", "cap"),
            P("Đại hội thống nhất ba khâu đột phá của nhiệm kỳ mới:"),
            P("Đẩy mạnh chuyển đổi số trong sinh hoạt chi đoàn.", "li"),
            P("Xây dựng các câu lạc bộ học thuật do học sinh tự quản.", "li"),
            P("Duy trì công trình thanh niên “Thư viện xanh” ở sân sau khu B.", "li"),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí; thầy Hồ Văn Tài tiếp tục "
                "được tín nhiệm giữ chức Bí thư Đoàn trường."
            ),
        ],
        opts={"time": "07:45", "views": 904, "tags": ["doan-truong"]},
    ),
    Story(
        8,
        S_KHKT,
        "Học sinh đạt 9 giải Cuộc thi Khoa học kỹ thuật cấp thành phố",
        "tin-tuc",
        "2026-11-15",
        [
            P(
                "Cuộc thi năm nay có 124 dự án của 38 trường THPT và THCS trên địa bàn thành phố. "
                "Trường THPT Lê Quý Đôn có 10 dự án dự thi, 9 dự án đạt giải gồm 2 giải Nhất, 3 giải "
                "Nhì, 2 giải Ba và 2 giải Khuyến khích."
            ),
            P(
                "Hai dự án đạt giải Nhất là “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và "
                "trí tuệ nhân tạo” của nhóm học sinh lớp 11 Lý và “Vật liệu hấp phụ kim loại nặng từ "
                "vỏ trấu biến tính” của nhóm học sinh lớp 12 Hóa."
            ),
            Img(up(11, "khkt-2026-giai-nhat.jpg"), "Nhóm tác giả dự án cảnh báo sạt lở đất",
                "Nhóm tác giả dự án cảnh báo sạt lở đất", "cap"),
            P(
                "Theo Ban giám khảo, các dự án của học sinh Lê Quý Đôn có tính ứng dụng cao, gắn với "
                "các vấn đề thực tiễn của miền Trung như thiên tai, ô nhiễm nguồn nước và rác thải "
                "nhựa."
            ),
            P(
                "Hai dự án giải Nhất sẽ đại diện thành phố Đà Nẵng tham dự Cuộc thi Khoa học kỹ thuật "
                "cấp quốc gia dành cho học sinh trung học vào tháng 3/2027."
            ),
            Raw('<p style="text-align:right;font-style:italic">Theo Báo Đà Nẵng</p>'),
        ],
        source="Báo Đà Nẵng",
        summary=_SAPO_KHKT,
        sapo_outside=True,
        opts={"time": None, "views": 1482, "tags": ["khkt", "hoc-sinh-gioi"]},
    ),
    Story(
        9,
        S_DOITUYEN,
        "Thông báo tuyển chọn học sinh vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
        "thong-bao",
        "2026-11-12T16:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của Sở GD&ĐT thành phố Đà Nẵng về việc tổ chức kỳ thi chọn đội "
                "tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027, nhà trường thông báo:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Học sinh lớp 11, lớp 12 có học lực từ Khá trở lên, hạnh kiểm Tốt năm học 2025-2026 "
                "và có nguyện vọng tham gia đội tuyển."
            ),
            P("2. Các môn tuyển chọn", "b"),
            P("Toán, Vật lý, Hóa học, Sinh học, Tin học.", "li"),
            P("Ngữ văn, Lịch sử, Địa lý.", "li"),
            P("Tiếng Anh, Tiếng Pháp, Tiếng Nhật.", "li"),
            P("3. Thời gian và hồ sơ", "b"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm đến hết ngày 20/11/2026. Vòng kiểm tra tuyển "
                "chọn cấp trường diễn ra trong hai ngày 28 và 29/11/2026 tại khu A."
            ),
        ],
        opts={"time": "16:30", "views": 1977, "tags": ["hoc-sinh-gioi"], "no_heading": True},
    ),
    Story(
        10,
        S_HOAHOC,
        "Ngoại khóa “Hóa học và đời sống” cho học sinh khối 10",
        "hoc-tap",
        "2026-11-09T10:00:00+07:00",
        [
            P(
                "Sáng 8/11, Tổ Hóa học tổ chức chương trình ngoại khóa “Hóa học và đời sống” cho gần "
                "500 học sinh khối 10 tại hội trường lớn của trường."
            ),
            P(
                "Chương trình gồm ba phần: trình diễn thí nghiệm vui, thi giải ô chữ và hùng biện về "
                "chủ đề “Hóa chất trong thực phẩm hằng ngày”. Mỗi lớp cử một đội gồm năm thành viên."
            ),
            Img(up(11, "ngoai-khoa-hoa-hoc-1.jpg")),
            P(
                "Phần trình diễn thí nghiệm “Núi lửa phun trào” và “Kem đánh răng cho voi” của lớp "
                "10 Hóa nhận được tràng pháo tay lớn nhất từ khán giả."
            ),
            Img(up(11, "ngoai-khoa-hoa-hoc-2.jpg"), "Đội lớp 10A4 trong phần thi hùng biện",
                "Đội lớp 10A4 trong phần thi hùng biện", "cap"),
            P(
                "Kết quả, lớp 10A4 đạt giải Nhất, lớp 10 Hóa đạt giải Nhì, hai lớp 10A1 và 10A7 "
                "đồng giải Ba."
            ),
            Raw('<div style="text-align:right;font-weight:700">Võ Thị Ngọc Hân</div>'),
        ],
        authors=["Võ Thị Ngọc Hân"],
        opts={"time": "10:00", "views": 611, "tags": ["hoa-hoc"]},
    ),
    Story(
        11,
        S_CNXANH,
        "Ra quân “Chủ nhật xanh” làm sạch bãi biển Mân Thái",
        "doan-hoi",
        "2026-11-05T20:00:00+07:00",
        [
            P(
                "Sáng Chủ nhật 1/11, hơn 300 đoàn viên của trường đã có mặt tại bãi biển Mân Thái "
                "(quận Sơn Trà) để tham gia ngày ra quân “Chủ nhật xanh” do Đoàn trường phát động."
            ),
            Img(up(11, "chu-nhat-xanh-man-thai.jpg"), "Đoàn viên thu gom rác thải nhựa trên bãi biển",
                "Đoàn viên thu gom rác thải nhựa trên bãi biển", "cap"),
            P(
                "Chia thành 14 nhóm, các bạn thu gom gần 1,2 tấn rác, chủ yếu là chai nhựa, túi ni "
                "lông và ngư cụ bị bỏ lại. Rác nhựa được phân loại để chuyển cho đơn vị tái chế."
            ),
            P(
                "Đoàn trường cho biết sẽ duy trì hoạt động vào Chủ nhật đầu tiên của mỗi tháng và mở "
                "rộng sang tuyến đường Hoàng Sa, bán đảo Sơn Trà."
            ),
        ],
        authors=["Đoàn Minh Khôi"],
        photographers=["Đoàn Minh Khôi"],
        opts={"time": "20:00", "views": 738, "tags": ["moi-truong", "doan-truong"],
              "byline": "Bài, ảnh: Đoàn Minh Khôi"},
    ),
    Story(
        12,
        S_CMHS,
        "Hội nghị cha mẹ học sinh đầu năm học 2026-2027",
        "tin-tuc",
        "2026-10-30T14:00:00+07:00",
        [
            P(
                "Chiều 29/10, nhà trường tổ chức Hội nghị đại biểu cha mẹ học sinh toàn trường năm "
                "học 2026-2027 với sự tham dự của 126 đại biểu đại diện cho 42 lớp."
            ),
            P(
                "Hội nghị nghe báo cáo kết quả năm học 2025-2026, kế hoạch năm học mới và dự kiến các "
                "khoản thu theo quy định của HĐND thành phố. Nhiều ý kiến của phụ huynh tập trung vào "
                "công tác bán trú, an toàn giao thông trước cổng trường và việc sử dụng điện thoại của "
                "học sinh."
            ),
            Img(up(10, "hoi-nghi-cmhs.jpg")),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh trường gồm 11 thành viên; ông Lương "
                "Quốc Việt (phụ huynh lớp 12A2) được bầu làm Trưởng ban."
            ),
        ],
        opts={"time": "14:00", "views": 529, "tags": ["phu-huynh"]},
    ),
    Story(
        13,
        S_HUONGNGHIEP,
        "Tọa đàm hướng nghiệp “Chọn ngành - chọn tương lai” cho học sinh khối 12",
        "tin-tuc",
        "2026-10-22",
        [
            P(
                "Khách mời của buổi tọa đàm là đại diện Đại học Đà Nẵng, Công ty FPT Software Đà Nẵng, "
                "Bệnh viện Đà Nẵng và ba cựu học sinh đang học tập, làm việc trong các lĩnh vực công "
                "nghệ thông tin, y khoa và logistics."
            ),
            P(
                "Các chuyên gia khuyên học sinh chọn ngành dựa trên sở thích, năng lực và nhu cầu của "
                "thị trường lao động, không chạy theo ngành “hot” nhất thời. Ngành công nghệ bán dẫn, "
                "trí tuệ nhân tạo và du lịch - dịch vụ được dự báo có nhu cầu nhân lực lớn tại Đà Nẵng."
            ),
            Img(up(10, "toa-dam-huong-nghiep.jpg"),
                "Học sinh đặt câu hỏi cho các khách mời", "Học sinh đặt câu hỏi cho các khách mời",
                "cap"),
            P(
                "Nhiều câu hỏi của học sinh xoay quanh phương thức xét tuyển kết hợp, chứng chỉ ngoại "
                "ngữ và học bổng của các trường đại học."
            ),
            P(
                "Nhà trường sẽ tiếp tục tổ chức các buổi tư vấn theo nhóm ngành vào tháng 3/2027, "
                "trước thời điểm học sinh đăng ký nguyện vọng xét tuyển."
            ),
        ],
        summary=_SAPO_HUONGNGHIEP,
        sapo_outside=True,
        opts={"time": None, "views": 845, "tags": ["huong-nghiep"]},
    ),
    Story(
        14,
        S_BONGDA,
        "Khai mạc Giải bóng đá học sinh “Lê Quý Đôn Cup” lần thứ VII",
        "tin-tuc",
        "2026-10-15T08:30:00+07:00",
        [
            P(
                "Chiều 14/10, tại sân bóng đá mini của trường, Đoàn trường khai mạc Giải bóng đá học "
                "sinh “Lê Quý Đôn Cup” lần thứ VII với 24 đội nam và 12 đội nữ tham dự."
            ),
            P(
                "Giải được tổ chức theo thể thức đấu vòng bảng, chọn các đội nhất, nhì bảng vào vòng "
                "loại trực tiếp. Các trận đấu diễn ra vào chiều thứ Bảy và Chủ nhật hằng tuần đến hết "
                "tháng 11."
            ),
            Img(up(10, "lqd-cup-vii-khai-mac.jpg"), "Trận khai mạc giữa 12A1 và 11A5",
                "Trận khai mạc giữa 12A1 và 11A5", "cap"),
            P(
                "Trận khai mạc giữa hai đội 12A1 và 11A5 diễn ra hấp dẫn, kết thúc với tỷ số 3-2 "
                "nghiêng về đội đàn anh lớp 12A1."
            ),
            P(
                "Năm nay, Ban tổ chức lần đầu sử dụng ứng dụng do CLB Tin học LQĐ phát triển để cập "
                "nhật lịch thi đấu, kết quả và bảng xếp hạng trực tuyến cho cổ động viên."
            ),
            Raw('<div style="text-align:right;font-weight:700">Phạm Quốc Bảo</div>'),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"time": "08:30", "views": 1120, "tags": ["bong-da", "lqd-cup"]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: "Đọc nhiều": the five most-read posts as the widget lists them (with its tracking parameter)
MOST_READ = [S_NHAGIAO, S_AOAM, S_DOITUYEN, S_TINHOC, S_KHKT]
READ_PARAM = "from=doc-nhieu"


def post_path(slug: str) -> str:
    return f"/bai-viet/{slug}"


GOLD = [
    gold_record(
        s,
        post_path(s.slug),
        CATEGORIES[s.cat],
        alt_paths=[f"{post_path(s.slug)}?{READ_PARAM}"] if s.slug in MOST_READ else (),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/doi-ngu",
    "/thoi-khoa-bieu",
    "/tag/doan-truong",
    "/tim-kiem?q=thi",
    "/chuyen-muc/tin-tuc?trang=2",
]


# --- formatting -------------------------------------------------------------------------------


def _day(story: Story) -> date:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return date(y, m, d)


def date_intl(story: Story) -> str:
    """vi-VN ``Intl.DateTimeFormat`` with ``dateStyle: 'medium'``: "18 thg 11, 2026 lúc 07:45"."""
    d = _day(story)
    out = f"{d.day} thg {d.month}, {d.year}"
    return f"{out} lúc {story.opts['time']}" if story.opts.get("time") else out


def relative(story: Story) -> str:
    days = (TODAY_DATE - _day(story)).days
    if days <= 0:
        return "Hôm nay"
    if days == 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def excerpt(story: Story) -> str:
    """The card text: the sapo, else the first paragraph cut at a word near 150 characters."""
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 150:
        return first
    return first[:150].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else "/static/media/no-image.5c1d2e.jpg"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at[:10] + (s.opts.get("time") or ""), reverse=True)


# --- components -------------------------------------------------------------------------------

STYLE = (
    '<style data-styled="active" data-styled-version="5.3.11">'
    + "".join(
        f".{_hashword('css' + c, 6)}{{{rule}}}"
        for c, rule in [
            ("TopBar", "background:#0d3b66;color:#fff;font-size:13px;padding:6px 0"),
            ("Container", "max-width:1180px;margin:0 auto;padding:0 12px"),
            ("Brand", "display:flex;align-items:center;gap:16px;padding:14px 0"),
            ("Menu", "display:flex;background:#f4a261;flex-wrap:wrap"),
            ("MenuLink", "color:#fff;padding:12px 16px;font-weight:600;text-transform:uppercase"),
            ("Columns", "display:grid;grid-template-columns:1fr 320px;gap:24px"),
            ("Title", "font-size:28px;line-height:1.3;color:#0d3b66"),
            ("Meta", "display:flex;gap:12px;color:#888;font-size:13px"),
            ("Grid", "display:grid;grid-template-columns:repeat(3,1fr);gap:16px"),
            ("CardText", "-webkit-line-clamp:2;display:-webkit-box;overflow:hidden"),
            ("Widget", "border:1px solid #eee;padding:12px;margin-bottom:20px"),
            ("Bottom", "background:#0d3b66;color:#cfd8e3;padding:24px 0;font-size:14px"),
        ]
    )
    + "</style>"
)


def layout(title: str, left: str, right: bool = True) -> str:
    cats = "".join(
        f'<div {sc("MenuItem")}><a {sc("MenuLink")} href="/chuyen-muc/{k}">{esc(v)}</a></div>'
        for k, v in CATEGORIES.items()
    )
    column = f'<div {sc("Right")}>{sidebar()}</div>' if right else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#0d3b66">
<title>{esc(title)} | {esc(SITE_TITLE)}</title>
<link rel="icon" href="/favicon.ico">
<link href="/static/css/main.2b7c91.css" rel="stylesheet">
{STYLE}
</head><body>
<noscript>Bạn cần bật JavaScript để sử dụng đầy đủ trang web này.</noscript>
<div data-reactroot="">
<div {sc("TopBar")}><div {sc("Container")}><span {sc("TopDate")}>{TODAY_LINE}</span>
<span {sc("TopHot")}>Hotline: 0236 3 821 617</span>
<span {sc("TopLinks")}><a href="https://www.facebook.com/thptlequydon.danang" target="_blank" rel="noreferrer">Facebook</a> · <a href="/lien-he">Liên hệ</a></span></div></div>
<div {sc("Container")}><div {sc("Brand")}><a {sc("BrandLink")} href="/"><img {sc("Logo")} src="/static/media/logo-lqd.4e1f2a.png" alt="Logo trường THPT Lê Quý Đôn"></a>
<div {sc("BrandText")}><span {sc("BrandTop")}>SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG</span>
<span {sc("BrandName")}>TRƯỜNG THPT LÊ QUÝ ĐÔN</span>
<span {sc("BrandMotto")}>Chăm ngoan - Sáng tạo - Hội nhập</span></div>
<div {sc("Search")}><form {sc("SearchForm")} action="/tim-kiem" method="get"><input {sc("SearchInput")} name="q" placeholder="Tìm kiếm bài viết..."><button {sc("SearchButton")} type="submit">Tìm</button></form>
<div {sc("HotWords")}><span>Tìm nhiều:</span> <a href="/tim-kiem?q=thi">thi</a> <a href="/tim-kiem?q={quote("học bổng")}">học bổng</a></div></div></div></div>
<div {sc("Menu")}><div {sc("Container")}><div {sc("MenuRow")}>
<div {sc("MenuItem")}><a {sc("MenuLink")} href="/">Trang chủ</a></div>
<div {sc("MenuItem")}><a {sc("MenuLink")} href="/gioi-thieu">Giới thiệu</a>
<div {sc("SubMenu")}><a {sc("SubLink")} href="/gioi-thieu">Lịch sử trường</a><a {sc("SubLink")} href="/doi-ngu">Đội ngũ</a></div></div>
{cats}
<div {sc("MenuItem")}><a {sc("MenuLink")} href="/thoi-khoa-bieu">Thời khóa biểu</a></div>
<div {sc("MenuItem")}><a {sc("MenuLink")} href="/lien-he">Liên hệ</a></div>
</div></div></div>
<div {sc("Container")}><div {sc("Columns")}><div {sc("Left")}>
{left}
</div>{column}</div></div>
{bottom()}
</div>
<script src="/static/js/runtime-main.0a9d4b.js"></script>
<script src="/static/js/2.d41c7e.chunk.js"></script>
<script src="/static/js/main.8f3a2c.js"></script>
</body></html>"""


def sidebar() -> str:
    items = "".join(
        f'<div {sc("RankItem")}><span {sc("RankNo")}>{i}</span>'
        f'<a {sc("RankLink")} href="{post_path(slug)}?{READ_PARAM}">{esc(BY_SLUG[slug].title)}</a></div>'
        for i, slug in enumerate(MOST_READ, 1)
    )
    fb = quote("https://www.facebook.com/thptlequydon.danang", safe="")
    return (
        f'<div {sc("Widget")}><h3 {sc("WidgetTitle")}>Đọc nhiều</h3>{items}</div>'
        f'<div {sc("Widget")}><h3 {sc("WidgetTitle")}>Câu nói hay trong tuần</h3>'
        f'<div {sc("QuoteBox")}><p {sc("QuoteText")}>“Giáo dục không phải là đổ đầy một cái bình, mà là '
        f"thắp sáng một ngọn lửa.”</p><span {sc('QuoteBy')}>— William Butler Yeats</span></div></div>"
        f'<div {sc("Widget")}><h3 {sc("WidgetTitle")}>Fanpage</h3>'
        f'<iframe src="https://www.facebook.com/plugins/page.php?href={fb}&amp;tabs=timeline&amp;'
        f'width=300&amp;height=400&amp;small_header=true" width="300" height="400" '
        f'style="border:none;overflow:hidden" scrolling="no" frameborder="0" '
        f'allow="encrypted-media" title="Facebook"></iframe></div>'
        f'<div {sc("Widget")}><h3 {sc("WidgetTitle")}>Liên kết</h3><ul {sc("LinkList")}>'
        f'<li><a href="https://danang.edu.vn" target="_blank" rel="noreferrer">Sở GD&amp;ĐT Đà Nẵng</a></li>'
        f'<li><a href="https://moet.gov.vn" target="_blank" rel="noreferrer">Bộ Giáo dục và Đào tạo</a></li>'
        f'<li><a href="https://smas.edu.vn" target="_blank" rel="noreferrer">Sổ liên lạc điện tử</a></li></ul></div>'
        f'<div {sc("Counter")}><span>Đang truy cập: 12</span> - <span>Tổng lượt truy cập: 356.789</span></div>'
    )


def bottom() -> str:
    return f"""<div {sc("Bottom")}><div {sc("Container")}><div {sc("BottomGrid")}>
<div {sc("BottomCol")}><span {sc("BottomName")}>TRƯỜNG THPT LÊ QUÝ ĐÔN - ĐÀ NẴNG</span>
<div>Địa chỉ: 01 Vũ Văn Dũng, phường An Hải Tây, quận Sơn Trà, TP. Đà Nẵng</div>
<div>Điện thoại: 0236 3 821 617 - Fax: 0236 3 821 618</div>
<div>Email: thptlequydon@danang.gov.vn</div></div>
<div {sc("BottomCol")}><a href="/gioi-thieu">Giới thiệu</a> · <a href="/doi-ngu">Đội ngũ</a> · <a href="/lien-he">Liên hệ</a></div></div>
<div {sc("Copy")}>© 2026 Trường THPT Lê Quý Đôn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
<div {sc("Credit")}>Phát triển bởi CLB Tin học LQĐ</div></div></div>"""


def card(story: Story) -> str:
    href = post_path(story.slug)
    return (
        f'<div {sc("Card")}><a {sc("CardThumb")} href="{href}"><img {sc("CardImg")} '
        f'src="{thumb(story)}" alt="{esc(story.title)}" loading="lazy"></a>'
        f'<div {sc("CardBody")}><h3 {sc("CardTitle")}><a {sc("CardLink")} href="{href}">'
        f'{esc(story.title)}</a></h3><p {sc("CardText")}>{esc(excerpt(story))}</p>'
        f'<span {sc("CardDate")}>{relative(story)}</span></div></div>'
    )


def grid(stories: list[Story]) -> str:
    return f'<div {sc("Grid")}>' + "".join(card(s) for s in stories) + "</div>"


def crumb(*parts: tuple[str, str | None]) -> str:
    out = [f'<a {sc("CrumbLink")} href="/">Trang chủ</a>']
    for label, href in parts:
        out.append(
            f'<a {sc("CrumbLink")} href="{href}">{esc(label)}</a>' if href
            else f'<span {sc("CrumbCurrent")}>{esc(label)}</span>'
        )
    return f'<div {sc("Crumb")}>' + f' <span {sc("CrumbSep")}>/</span> '.join(out) + "</div>"


def render_text(story: Story) -> str:
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append(f'<ul {sc("List")}>' + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            items.append(esc(block.text))
            continue
        flush()
        if isinstance(block, P):
            t = esc(block.text)
            if block.style == "h2":
                out.append(f'<h2 {sc("SubHead")}>{t}</h2>')
            elif block.style == "b":
                out.append(f"<p><span style=\"font-weight:700\">{t}</span></p>")
            elif block.style == "q":
                out.append(f'<p style="font-style:italic;padding-left:16px">{t}</p>')
            else:
                out.append(f"<p>{t}</p>")
        elif isinstance(block, Img):
            out.append(
                f'<div {sc("Figure")}><img {sc("Photo")} src="{block.src}" alt="{esc(story.title)}"></div>'
            )
            if block.printed:
                out.append(
                    f'<div style="font-style:italic;text-align:center;color:#555;font-size:14px">'
                    f"{esc(block.printed)}</div>"
                )
        elif isinstance(block, Raw):
            out.append(block.html)
    flush()
    return f'<div {sc("Content")}><div {sc("ContentInner")}>' + "\n".join(out) + "</div></div>"


def related(story: Story) -> list[Story]:
    same = [s for s in newest(STORIES) if s.cat == story.cat and s is not story][:3]
    others = [s for s in newest(STORIES) if s is not story and s not in same]
    return (same + others)[:3]


def post_page(story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    byline = (
        f'<div style="font-size:13px;color:#777;margin:8px 0">{esc(story.opts["byline"])}</div>'
        if story.opts.get("byline") else ""
    )
    sapo = (
        f'<div style="font-size:18px;font-weight:600;line-height:1.5;margin:12px 0">{esc(story.summary)}</div>'
        if story.summary else ""
    )
    tags = "".join(
        f'<a {sc("Tag")} href="/tag/{t}">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", [])
    )
    heading = "" if story.opts.get("no_heading") else f'<h3 {sc("SectionTitle")}>Bài viết khác</h3>'
    left = f"""{crumb((cat, f"/chuyen-muc/{story.cat}"), (story.title, None))}
<div {sc("Post")}><h1 {sc("Title")}>{esc(story.title)}</h1>
<div {sc("Meta")}><a {sc("MetaCat")} href="/chuyen-muc/{story.cat}">{esc(cat)}</a><span {sc("MetaDot")}>•</span><span {sc("MetaDate")}>{date_intl(story)}</span><span {sc("MetaDot")}>•</span><span {sc("MetaViews")}>{views(story.opts["views"])} lượt xem</span></div>
{byline}{sapo}
{render_text(story)}
<div {sc("Tags")}><span {sc("TagsLabel")}>Thẻ:</span>{tags}</div>
<div {sc("Share")}><button {sc("ShareBtn")} type="button">Chia sẻ</button><button {sc("ShareBtn")} type="button">Sao chép liên kết</button></div>
</div>
{heading}{grid(related(story))}"""
    return html(layout(story.title, left))


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    sep = "&" if "?" in base else "?"

    def href(n: int) -> str:
        return f'href="{esc(base + sep)}trang={n}"'

    prev = f'<a {sc("PageLink")} {href(page - 1)}>Trước</a>' if page > 1 else f'<a {sc("PageOff")}>Trước</a>'
    nxt = f'<a {sc("PageLink")} {href(page + 1)}>Sau</a>' if page < pages else f'<a {sc("PageOff")}>Sau</a>'
    nums = "".join(
        f'<a {sc("PageActive" if n == page else "PageLink")} {href(n)}>{n}</a>' for n in range(1, pages + 1)
    )
    return f'<div {sc("Pager")}>{prev}{nums}{nxt}</div>'


def not_found() -> Response:
    left = (
        f'<div {sc("Empty")}><h1 {sc("Title")}>404 - Không tìm thấy trang</h1>'
        f'<p>Trang bạn tìm không tồn tại hoặc đã bị xóa. <a href="/">Về trang chủ</a></p></div>'
    )
    return html(layout("Không tìm thấy trang", left), status=404)


def listing(request: Request, heading: str, crumbs: list, stories: list[Story], base: str) -> Response:
    raw = request.params.get("trang", "1")
    if not raw.isdigit() or int(raw) < 1:
        return not_found()
    page = int(raw)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return not_found()
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    body = grid(chunk) if chunk else f'<p {sc("EmptyText")}>Không có bài viết nào.</p>'
    left = (
        f"{crumb(*crumbs)}<h1 {sc('ListTitle')}>{esc(heading)}</h1>"
        f"{body}{pager(base, page, pages)}"
    )
    return html(layout(heading if page == 1 else f"{heading} - Trang {page}", left))


def home() -> Response:
    blocks = [f'<div {sc("HomeBlock")}><h2 {sc("BlockTitle")}>Tin mới</h2>{grid(newest(STORIES)[:6])}</div>']
    for key, name in CATEGORIES.items():
        posts = [s for s in newest(STORIES) if s.cat == key][:3]
        blocks.append(
            f'<div {sc("HomeBlock")}><h2 {sc("BlockTitle")}><a href="/chuyen-muc/{key}">{esc(name)}</a></h2>'
            f'{grid(posts)}<a {sc("More")} href="/chuyen-muc/{key}">Xem tất cả →</a></div>'
        )
    banner = (
        f'<div {sc("Banner")}><img {sc("BannerImg")} src="/static/media/banner-2026.7e2f90.jpg" '
        f'alt="Chào mừng năm học mới 2026-2027"></div>'
    )
    return html(layout("Trang chủ", banner + "".join(blocks)))


def _search_text(story: Story) -> str:
    return collapse(" ".join([story.title, story.summary or "", *(p.text for p in story.blocks if isinstance(p, P))])).casefold()


def search(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    hits = [s for s in newest(STORIES) if q and q.casefold() in _search_text(s)]
    return listing(
        request, f"Kết quả tìm kiếm: {q}", [("Tìm kiếm", None)], hits, f"/tim-kiem?q={quote(q)}"
    )


# --- static pages ------------------------------------------------------------------------------

INTRO = [
    "Trường THPT chuyên Lê Quý Đôn Đà Nẵng được thành lập theo Quyết định của UBND tỉnh Quảng Nam - Đà Nẵng "
    "năm 1986, khởi đầu là các lớp chuyên Toán, Văn của thành phố Đà Nẵng cũ.",
    "Hơn ba mươi năm xây dựng và phát triển, nhà trường đã trở thành một trong những cái nôi đào tạo học sinh "
    "giỏi của miền Trung, với hàng nghìn giải học sinh giỏi quốc gia, nhiều huy chương Olympic quốc tế và "
    "khu vực.",
    "Hiện nay trường có 42 lớp với gần 1.600 học sinh, 128 cán bộ, giáo viên, nhân viên; trong đó 65% giáo "
    "viên có trình độ thạc sĩ, tiến sĩ. Cơ sở vật chất gồm 3 khu nhà học, 18 phòng thí nghiệm, thư viện điện "
    "tử, nhà thi đấu đa năng và ký túc xá.",
    "Nhà trường được tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba và nhiều cờ thi "
    "đua của Chính phủ, Bộ GD&ĐT và UBND thành phố.",
]
TEACHERS = [
    ("Nguyễn Thị Minh Thư", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục, giáo viên Toán, 25 năm công tác, "
     "phụ trách chung và công tác tổ chức cán bộ."),
    ("Nguyễn Đức Thịnh", "Phó Hiệu trưởng", "Phụ trách cơ sở vật chất, công tác giáo dục thể chất, quốc "
     "phòng và an ninh trường học."),
    ("Lê Thị Thu Hà", "Tổ trưởng Tổ Tin học", "Thạc sĩ Khoa học máy tính, giáo viên phụ trách đội tuyển học "
     "sinh giỏi Tin học từ năm 2015."),
    ("Hồ Văn Tài", "Bí thư Đoàn trường", "Giáo viên Giáo dục công dân, phụ trách các hoạt động Đoàn, phong "
     "trào và câu lạc bộ học sinh."),
]
PERIODS = [
    ("1", "Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học"),
    ("2", "Toán", "Ngữ văn", "Tin học", "Vật lý", "Sinh học"),
    ("3", "Tiếng Anh", "Lịch sử", "Toán", "GDTC", "Ngữ văn"),
    ("4", "Hóa học", "GDQP-AN", "Toán", "Tiếng Anh", "Sinh hoạt lớp"),
]


def static_page(slug: str) -> Response:
    if slug == "gioi-thieu":
        title = "Giới thiệu Trường THPT Lê Quý Đôn"
        inner = "".join(f"<p>{esc(t)}</p>" for t in INTRO)
        inner += f'<div {sc("Figure")}><img {sc("Photo")} src="/uploads/2026/08/toan-canh-truong.jpg" alt="Toàn cảnh trường"></div>'
        inner = f'<div {sc("Content")}>{inner}</div>'
    elif slug == "lien-he":
        title = "Liên hệ"
        inner = (
            f'<div {sc("ContactInfo")}><p>Trường THPT Lê Quý Đôn - 01 Vũ Văn Dũng, quận Sơn Trà, TP. Đà Nẵng</p>'
            f"<p>Điện thoại: 0236 3 821 617 - Email: thptlequydon@danang.gov.vn</p></div>"
            f'<form {sc("ContactForm")} method="post" action="/api/lien-he">'
            f'<input name="hoTen" placeholder="Họ và tên"><input name="email" placeholder="Email">'
            f'<input name="tieuDe" placeholder="Tiêu đề"><textarea name="noiDung" rows="6" placeholder="Nội dung"></textarea>'
            f'<button {sc("SendBtn")} type="submit">Gửi liên hệ</button></form>'
        )
    elif slug == "doi-ngu":
        title = "Đội ngũ cán bộ, giáo viên"
        inner = f'<div {sc("TeacherGrid")}>' + "".join(
            f'<div {sc("TeacherCard")}><img {sc("Avatar")} src="/uploads/2026/09/gv-{i}.jpg" alt="{esc(n)}">'
            f'<h3 {sc("TeacherName")}>{esc(n)}</h3><span {sc("TeacherRole")}>{esc(r)}</span><p>{esc(d)}</p></div>'
            for i, (n, r, d) in enumerate(TEACHERS, 1)
        ) + "</div>"
    else:
        title = "Thời khóa biểu lớp 10A1 - Học kỳ I"
        head = "".join(f"<th>{d}</th>" for d in ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"))
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in PERIODS)
        inner = (
            f'<p {sc("Note")}>Áp dụng từ ngày 07/09/2026. Các lớp khác xem tại bảng tin nhà trường.</p>'
            f'<table {sc("Timetable")}><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        )
    left = f'{crumb((title, None))}<h1 {sc("Title")}>{esc(title)}</h1>{inner}'
    return html(layout(title, left))


STATIC = ("gioi-thieu", "lien-he", "doi-ngu", "thoi-khoa-bieu")


class ReactSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home()
        if m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)", path):
            story = BY_SLUG.get(m.group(1))
            return post_page(story) if story else not_found()
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return not_found()
            posts = [s for s in newest(STORIES) if s.cat == key]
            return listing(request, CATEGORIES[key], [(CATEGORIES[key], None)], posts, path)
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return not_found()
            posts = [s for s in newest(STORIES) if key in s.opts.get("tags", [])]
            return listing(request, f"Thẻ: {TAGS[key]}", [(f"Thẻ: {TAGS[key]}", None)], posts, path)
        if path == "/tim-kiem":
            return search(request)
        if path.strip("/") in STATIC and path.count("/") == 1:
            return static_page(path.strip("/"))
        return not_found()


def build_site() -> ReactSite:
    return ReactSite()
