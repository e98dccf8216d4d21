"""Fixture portal: a private primary and lower-secondary school's site made on Tilda Publishing.

Imitates the site of "Trường Tiểu học và THCS Khai Trí" (Biên Hòa, Đồng Nai) as a private
school's marketing team builds it on Tilda: every page is a stack of ``div.t-rec`` blocks
(``id="recNNNNNNNNN"``, ``data-record-type``) with Tilda's own classes (``t-container``,
``t-col``, ``t-title``, ``t-descr``, ``t-text``, ``t-name``, ``t-uptitle``, ``t-btn``), styles
and scripts from ``static.tildacdn.com``, images on the CDN behind Tilda's lazy loader.

What it serves:

- chrome on every page: a T123 HTML strip with the header clock ("Hôm nay: Thứ Tư, ngày
  25/11/2026") and the hotline, a T228 menu (logo, menu, "Đăng ký tư vấn" button opening
  ``#popup:tuvan``), a T985 search icon (a script-only search), the T702 popup form "Đăng ký tư
  vấn tuyển sinh 2027 - 2028" (hidden with ``display:none``, a long text and a form), the T657
  cookie notice (hidden until the script shows it), a footer record with address, phones,
  e-mail, a visitor counter (T123 embed), social icons whose links carry ``?utm_…`` and
  internal footer links carrying ``?utm_…`` too, and the "Made on Tilda" badge;
- ``/`` a landing page (cover, numbers, a Feeds block with the three newest posts, parents'
  testimonials, call to action); ``/gioi-thieu`` (long text blocks), ``/tuyen-sinh`` (a landing
  page with a price table, an FAQ accordion and a link to the admissions notice with UTM
  parameters), ``/doi-ngu-giao-vien`` (teacher cards), ``/lien-he`` (form and map),
  ``/thu-vien-anh`` (gallery), ``/chinh-sach-bao-mat`` (linked from the cookie notice);
- ``/tin-tuc``: the Tilda "Feeds" (Потоки) block, rendered in the server HTML for the fixture:
  three cards a load (``t-feed__post-title``, ``t-feed__post-date`` "14.11.2026",
  ``t-feed__post-descr``, part label), "parts" switch links ``?tfeeds_part=<slug>`` (the feed's
  categories) and the "Xem thêm" load-more button, an ``<a href>`` to ``?tfeeds_page=N+1`` (with
  the part kept). That link is the one discovery path of the posts: the sitemap lists only the
  pages, there is no RSS. The load-more href is always printed: on the last page and on every
  page past the end the script hides the button (``style="display:none"``) but the link stays,
  and pages past the end answer 200 with an empty list, so ``tfeeds_page`` never ends. An unknown
  part answers 200 with an empty list too. Every load and part prints ``rel=canonical`` to
  ``/tin-tuc`` (Tilda's page canonical ignores the query), so canonical alone would fold all
  listing loads into one. Parts: "Hoạt động học sinh" (7 posts, three pages),
  "Thông báo" (3), "Góc phụ huynh" (2); all posts: four pages;
- posts at ``/tpost/<uid>-<slug>`` (Tilda's feed post URL: a 10-character id plus the slug; a
  wrong or missing slug answers 301 to the real one, an unknown id 404). The post page: a back
  link "Tất cả tin tức", the part label (link to its filter), ``h1.t-feed__post-popup__title``,
  the date "14 tháng 11, 2026" (Tilda's localized date, no time), the author field
  (``t-feed__post-popup__author-name``, hidden when empty), on some posts the feed's
  description printed as a lead (``div.t-feed__post-popup__descr``), the cover
  (``t-feed__post-popup__cover-wrapper``: a blurred 20-pixel background under an ``<img>``
  whose ``src`` is the 20-pixel ``thb.tildacdn.com/…/-/resize/20x/…`` placeholder and whose
  ``data-original`` is the photo), the text (``div.t-redactor__text`` with paragraphs separated
  by ``<br /><br />`` inside one div, ``h2.t-redactor__h2``, ``ul`` lists, ``blockquote
  .t-redactor__quote``, ``figure.t-redactor__figure`` whose ``img`` has ``src`` =
  ``…/-/empty/…`` and the photo in ``data-original``, with or without ``figcaption
  .t-redactor__caption``, a YouTube ``t-redactor__embed``), Tilda's typograph ``&nbsp;`` after
  short words in some posts, share buttons, "Tin khác" (three newest other posts of the same
  part, dated ``DD.MM.YYYY``). ``<head>`` has ``rel=canonical`` (the clean post URL), og tags
  and a JSON-LD ``BlogPosting`` whose ``datePublished`` is UTC with "Z".

Traps: lazy-load placeholders in ``src`` (the photo is only in ``data-original``); the hidden
popup form and cookie notice with long text on every page; ``?utm_`` links (external social
icons, internal footer links, and the admissions notice linked with UTM parameters from the
footer and from ``/tuyen-sinh``: the same post under two URLs, canonical to the clean one); the
endless ``tfeeds_page`` load-more; ``/gioi-thieu`` and the home testimonials are long prose that
is no article.

Gold (by hand). Articles are the 12 feed posts; everything else is not. Judgement calls:

- published_at: the printed post date, day only (the page prints no time). The JSON-LD time is
  under a printed day, so it is not used; for the farm-trip post (published 06:30 local) the
  JSON-LD says ``2026-11-13T23:30:00.000Z``, the page prints 14 tháng 11: the day is 2026-11-14.
- authors: the signature in the text wins over the author field ("Tin, ảnh: Nguyễn Thu Trang"
  with the field "Ban Truyền thông" gives Nguyễn Thu Trang in both lists; "Bài: Đỗ Hải Yến -
  Ảnh: Ngô Quang Vinh" gives one each). With no signature, the field is the author: a unit
  ("Ban Truyền thông", "Phòng Giáo vụ", "Ban Tuyển sinh") as printed, a person without title
  and without what follows the dash ("ThS. Trần Minh Đức - Tổ Toán - Tin" -> Trần Minh Đức,
  "Cô Nguyễn Thị Hạnh – Chuyên viên tâm lý học đường" -> Nguyễn Thị Hạnh, "Cô Lê Thu Hằng" ->
  Lê Thu Hằng). A last line "Ảnh: Phạm Gia Bảo" (after a paragraph, not under a photo) is a
  photographer credit. "Nguồn: …" goes to source and keeps the field's author ("Minh Anh").
- summary: the feed description printed under the date on the post page (the lead, apart from
  the text) is the summary and the body's first paragraph; posts without it have None (their
  card shows the text's beginning, which is not a summary).
- images: the cover (printed under the lead, before the text) is the article's first image,
  caption None; then the figures in order. The URL is ``data-original`` on static.tildacdn.com,
  never the ``thb`` placeholder. Captions drop the "Ảnh:" label and wrapping parentheses; "…
  Ảnh: Minh Khang" at the end of a caption stays in the caption and names its photographer
  (harmonised at stop 24 with astro_pgd's and webflow_thpt's gold: a credit closing a caption
  credits the photo). Figures
  without figcaption have caption None.
- body: h2 headings, list items and the blockquote are paragraphs; the YouTube embed, the
  signature, the "Nguồn:" line, the part label, the date/author line, share and "Tin khác" are
  not. category: the part printed on the post page.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "tilda_school"
PLATFORM = "tilda"
START_PATH = "/"

SITE = "Trường Tiểu học và THCS Khai Trí"
ADDRESS = "Số 18 đường Võ Thị Sáu, phường Thống Nhất, thành phố Biên Hòa, tỉnh Đồng Nai"
HOTLINE = "0909 468 135"
PHONE = "(0251) 3 818 246"
EMAIL = "tuyensinh@khaitri.edu.vn"
PER_LOAD = 3
RELEVANTS = 3
PROJECT_ID = "4817263"
FEED_UID = "528193746103"
_LOCAL = timezone(timedelta(hours=7))

#: the feed's parts (its categories): slug -> printed name
PARTS: dict[str, str] = {
    "hoat-dong-hoc-sinh": "Hoạt động học sinh",
    "thong-bao": "Thông báo",
    "goc-phu-huynh": "Góc phụ huynh",
}


def _tild(name: str) -> str:
    h = hashlib.sha1(name.encode()).hexdigest()
    return f"tild{h[0:4]}-{h[4:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}"


def cdn(name: str) -> str:
    """The photo's address on Tilda's CDN (what ``data-original`` holds)."""
    return f"https://static.tildacdn.com/{_tild(name)}/{name}"


def thumb(name: str, kind: str) -> str:
    """The lazy loader's placeholder: ``resize/20x`` (blurred), ``resizeb/20x`` or ``empty``."""
    return f"https://thb.tildacdn.com/{_tild(name)}/-/{kind}/{name}"


def _cover(name: str) -> Img:
    return Img(cdn(name), None, None, "cover")


def _fig(name: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(cdn(name), printed, caption, "fig")


def _embed(video: str) -> Raw:
    return Raw(
        '<div class="t-redactor__embed t-redactor__embed_youtube"><iframe width="100%" height="420"'
        f' src="https://www.youtube.com/embed/{video}?rel=0" frameborder="0" allowfullscreen></iframe></div>'
    )


def _sign(line: str) -> Raw:
    return Raw(f"<strong>{esc(line)}</strong>")


# opts: uid (10 chars), at (local time as stored in the feed), field (the author field as
# printed, None: hidden), descr (the card's description; printed on the post page when the
# summary is set), typo (Tilda typograph: &nbsp; after short words)
STORIES: list[Story] = [
    Story(
        id=12,
        slug="ron-rang-tuan-le-tri-an-thay-co-nhan-ngay-nha-giao-viet-nam-20-11",
        title="Rộn ràng tuần lễ tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-11-20",
        summary=(
            "Từ ngày 16 đến 20/11/2026, học sinh hai cấp Tiểu học và THCS Khai Trí đã cùng nhau tổ"
            " chức chuỗi hoạt động “Lời tri ân gửi thầy cô” với nhiều tiết mục văn nghệ, báo tường và"
            " những tấm thiệp tự tay làm."
        ),
        sapo_outside=True,
        blocks=[
            _cover("tri-an-20-11-cover.jpg"),
            P(
                "Sáng 20/11, buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam được tổ chức trang trọng tại"
                " hội trường lớn của trường với sự tham dự của Hội đồng quản trị, Ban Giám hiệu, Ban đại"
                " diện cha mẹ học sinh cùng toàn thể giáo viên, nhân viên và hơn 1.200 học sinh."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Phan Quốc Trung gửi lời cảm ơn đến các thầy cô"
                " đã luôn tận tâm với từng học sinh, đồng thời mong muốn mỗi giáo viên tiếp tục đổi mới"
                " phương pháp, lấy học sinh làm trung tâm trong mọi hoạt động dạy học."
            ),
            _fig(
                "tri-an-20-11-1.jpg",
                "Học sinh khối 5 tặng hoa chúc mừng thầy cô trong buổi lễ",
                "Học sinh khối 5 tặng hoa chúc mừng thầy cô trong buổi lễ",
            ),
            P("Báo tường và thiệp tri ân tự làm", "h2"),
            P(
                "Trong tuần lễ tri ân, mỗi lớp đều hoàn thành một tờ báo tường với chủ đề “Thầy cô - người"
                " chắp cánh ước mơ”. Nhiều tờ báo được các con trang trí công phu bằng tranh vẽ, thơ và"
                " những lời chúc viết tay."
            ),
            P(
                "Ban giám khảo đã chọn ra 12 tờ báo tường đẹp nhất để trưng bày tại sảnh tầng 1. Giải"
                " Nhất thuộc về lớp 4A2 và lớp 8A1."
            ),
            _fig("tri-an-20-11-2.jpg"),
            P(
                "Khép lại tuần lễ, chương trình văn nghệ “Lời tri ân” với các tiết mục múa, hợp xướng và"
                " kịch ngắn do chính học sinh dàn dựng đã để lại nhiều cảm xúc cho thầy cô và phụ huynh."
            ),
            _sign("Tin, ảnh: Nguyễn Thu Trang"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={"uid": "4y2ht1ax61", "at": "2026-11-20 16:45", "field": "Ban Truyền thông", "typo": True},
    ),
    Story(
        id=11,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học sinh các khối lớp như sau:"),
            P("Khối 1 - 3: kiểm tra môn Tiếng Việt và Toán từ ngày 21 đến 23/12/2026;", "li"),
            P(
                "Khối 4 - 5: kiểm tra các môn Tiếng Việt, Toán, Khoa học, Lịch sử và Địa lí, Tiếng Anh, Tin"
                " học từ ngày 16 đến 23/12/2026;",
                "li",
            ),
            P("Khối 6 - 9: kiểm tra tập trung các môn theo lịch chi tiết của từng khối từ ngày 14 đến 24/12/2026.", "li"),
            P(
                "Trong thời gian kiểm tra, học sinh vẫn học bán trú và tham gia các hoạt động buổi chiều"
                " theo thời khóa biểu. Xe đưa đón hoạt động bình thường."
            ),
            P(
                "Kính đề nghị quý phụ huynh nhắc nhở con ôn tập đầy đủ, đảm bảo sức khỏe và đi học đúng"
                " giờ. Mọi thắc mắc xin liên hệ Phòng Giáo vụ qua số điện thoại (0251) 3 818 246."
            ),
        ],
        authors=["Phòng Giáo vụ"],
        opts={"uid": "c9t4y1hfe1", "at": "2026-11-18 09:00", "field": "Phòng Giáo vụ"},
    ),
    Story(
        id=10,
        slug="hoc-sinh-khoi-4-trai-nghiem-mot-ngay-lam-nong-dan-tai-long-khanh",
        title="Học sinh khối 4 trải nghiệm “Một ngày làm nông dân” tại Long Khánh",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-11-14",
        blocks=[
            _cover("nong-dan-nhi-cover.jpg"),
            P(
                "Ngày 12/11/2026, gần 180 học sinh khối 4 đã có chuyến trải nghiệm thực tế tại một trang"
                " trại sinh thái ở thành phố Long Khánh, trong khuôn khổ chủ đề học tập “Thực vật quanh"
                " em” của môn Khoa học."
            ),
            P(
                "Tại đây, các con được hướng dẫn cách gieo hạt, tưới cây, thu hoạch rau và tìm hiểu quy"
                " trình làm phân hữu cơ từ lá cây, vỏ trái cây. Nhiều bạn lần đầu tiên được cầm cuốc, tự"
                " tay nhổ củ cải và hái những trái chôm chôm chín đỏ."
            ),
            _fig(
                "nong-dan-nhi-1.jpg",
                "Ảnh: Các con lớp 4A3 học cách gieo hạt rau cải trong vườn ươm",
                "Các con lớp 4A3 học cách gieo hạt rau cải trong vườn ươm",
            ),
            P(
                "Buổi chiều, học sinh chia thành các nhóm để hoàn thành phiếu học tập, vẽ sơ đồ vòng đời"
                " của cây và thuyết trình về những gì đã quan sát được. Các thầy cô đánh giá đây là cách"
                " học giúp kiến thức trong sách trở nên gần gũi, dễ nhớ hơn."
            ),
            _embed("kT4nD9qLw2E"),
            _fig("nong-dan-nhi-2.jpg"),
            P(
                "Chuyến đi khép lại với buổi picnic trên bãi cỏ và phần trao quà cho những nhóm có sản"
                " phẩm đẹp nhất."
            ),
            _sign("Ảnh: Phạm Gia Bảo"),
        ],
        authors=["Lê Thu Hằng"],
        photographers=["Phạm Gia Bảo"],
        opts={"uid": "8kzm0r3bv1", "at": "2026-11-14 06:30", "field": "Cô Lê Thu Hằng"},
    ),
    Story(
        id=9,
        slug="5-cach-giup-con-tu-hoc-o-nha-hieu-qua",
        title="5 cách giúp con tự học ở nhà hiệu quả",
        cat="goc-phu-huynh",
        published_at="2026-11-11",
        summary=(
            "Tự học là kỹ năng quan trọng giúp con chủ động trong học tập. Dưới đây là một số gợi ý để"
            " cha mẹ đồng hành cùng con xây dựng thói quen tự học tại nhà."
        ),
        sapo_outside=True,
        blocks=[
            _cover("tu-hoc-cover.jpg"),
            P(
                "Nhiều phụ huynh chia sẻ rằng con chỉ ngồi vào bàn học khi có bố mẹ nhắc nhở, hoặc học rất"
                " lâu nhưng hiệu quả chưa cao. Theo các chuyên gia giáo dục, vấn đề thường không nằm ở"
                " khả năng của trẻ mà ở thói quen và môi trường học tập."
            ),
            P("1. Tạo một góc học tập cố định", "h2"),
            P(
                "Góc học tập nên yên tĩnh, đủ ánh sáng, xa ti vi và điện thoại. Khi ngồi vào đúng vị trí"
                " quen thuộc, con sẽ dễ dàng tập trung hơn."
            ),
            _fig(
                "tu-hoc-goc-hoc-tap.jpg",
                "Một góc học tập gọn gàng giúp con dễ tập trung hơn",
                "Một góc học tập gọn gàng giúp con dễ tập trung hơn",
            ),
            P("2. Cùng con lập thời gian biểu", "h2"),
            P(
                "Hãy để con tham gia lập thời gian biểu, chia nhỏ thời gian học thành các khoảng 25 - 30"
                " phút, xen kẽ 5 phút nghỉ ngơi."
            ),
            P("3. Khuyến khích con tự kiểm tra bài", "h2"),
            P(
                "Thay vì kiểm tra giúp con, cha mẹ có thể đặt câu hỏi gợi mở để con tự phát hiện lỗi sai"
                " và sửa lại."
            ),
            P(
                "“Cha mẹ không cần giỏi tất cả các môn để đồng hành cùng con. Điều con cần nhất là sự quan"
                " tâm đều đặn và niềm tin của bố mẹ.”",
                "quote",
            ),
            P("4. Ghi nhận sự cố gắng, không chỉ điểm số", "h2"),
            P(
                "Một lời khen đúng lúc cho sự chăm chỉ sẽ giúp con có thêm động lực hơn nhiều so với phần"
                " thưởng cho điểm 10."
            ),
            P("5. Làm gương cho con", "h2"),
            P(
                "Khi con học bài, cha mẹ có thể đọc sách hoặc làm việc nhẹ nhàng bên cạnh. Trẻ luôn học"
                " theo những gì người lớn làm nhiều hơn những gì người lớn nói."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        opts={
            "uid": "j8a3c6rxt1",
            "at": "2026-11-11 20:15",
            "field": "Cô Nguyễn Thị Hạnh – Chuyên viên tâm lý học đường",
            "typo": True,
        },
    ),
    Story(
        id=8,
        slug="thong-bao-tuyen-sinh-lop-1-va-lop-6-nam-hoc-2027-2028-dot-1",
        title="Thông báo tuyển sinh lớp 1 và lớp 6 năm học 2027 - 2028 (đợt 1)",
        cat="thong-bao",
        published_at="2026-11-09",
        summary=(
            "Trường Tiểu học và THCS Khai Trí thông báo tuyển sinh đợt 1 vào lớp 1 và lớp 6 năm học"
            " 2027 - 2028 với 160 chỉ tiêu lớp 1 và 120 chỉ tiêu lớp 6."
        ),
        sapo_outside=True,
        blocks=[
            _cover("tuyen-sinh-2027-cover.jpg"),
            P("Chỉ tiêu và đối tượng", "h2"),
            P("Lớp 1: 160 học sinh (5 lớp), trẻ sinh năm 2021;", "li"),
            P("Lớp 6: 120 học sinh (4 lớp), học sinh đã hoàn thành chương trình tiểu học.", "li"),
            P("Hồ sơ đăng ký", "h2"),
            P(
                "Phụ huynh đăng ký trực tuyến qua biểu mẫu trên website hoặc nộp hồ sơ trực tiếp tại Phòng"
                " Tuyển sinh. Hồ sơ gồm: đơn đăng ký dự tuyển, bản sao giấy khai sinh, bản sao học bạ (đối"
                " với lớp 6) và 2 ảnh 3x4."
            ),
            P("Lịch tuyển sinh", "h2"),
            P(
                "Nhận hồ sơ từ ngày 16/11/2026 đến hết ngày 31/12/2026. Học sinh dự tuyển lớp 1 tham gia"
                " buổi làm quen “Một ngày học sinh Khai Trí”; học sinh dự tuyển lớp 6 làm bài đánh giá năng"
                " lực Toán, Tiếng Việt và Tiếng Anh vào sáng Chủ nhật 10/01/2027."
            ),
            P(
                "Thông tin chi tiết về học phí và chính sách ưu đãi, quý phụ huynh vui lòng xem tại trang"
                " Tuyển sinh hoặc liên hệ hotline 0909 468 135."
            ),
        ],
        authors=["Ban Tuyển sinh"],
        opts={"uid": "r2k8u5wmb1", "at": "2026-11-09 10:00", "field": "Ban Tuyển sinh"},
    ),
    Story(
        id=7,
        slug="doi-tuyen-robotics-khai-tri-gianh-giai-ba-cuoc-thi-sang-tao-robot-tinh-dong-nai-2026",
        title="Đội tuyển Robotics Khai Trí giành giải Ba cuộc thi Sáng tạo Robot tỉnh Đồng Nai 2026",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-11-06",
        blocks=[
            _cover("robotics-cover.jpg"),
            P(
                "Vượt qua 36 đội thi đến từ các trường THCS trên địa bàn tỉnh, đội tuyển Robotics của"
                " Trường Tiểu học và THCS Khai Trí đã xuất sắc giành giải Ba tại cuộc thi Sáng tạo Robot"
                " tỉnh Đồng Nai năm 2026, diễn ra ngày 01 - 02/11/2026."
            ),
            P(
                "Đề thi năm nay yêu cầu các đội thiết kế robot tự hành có khả năng phân loại rác thải theo"
                " màu sắc và đưa về đúng khu vực tập kết trong thời gian 3 phút."
            ),
            P("Hành trình ba tháng chuẩn bị", "h2"),
            P(
                "Đội tuyển gồm 4 học sinh lớp 8 và lớp 9, được thầy cô Tổ Toán - Tin hướng dẫn từ tháng 8."
                " Các em đã lắp ráp, lập trình và chạy thử robot hơn 200 lần trước khi bước vào vòng"
                " chung kết."
            ),
            _fig(
                "robotics-1.jpg",
                "(Đội tuyển Robotics cùng thầy hướng dẫn tại khu vực thi đấu)",
                "Đội tuyển Robotics cùng thầy hướng dẫn tại khu vực thi đấu",
            ),
            P(
                "“Lúc robot bị lệch hướng ở lượt thi đầu tiên, cả đội rất lo. Nhưng chúng em đã bình tĩnh"
                " chỉnh lại cảm biến và hoàn thành tốt lượt thứ hai” - em Võ Hoàng Nam, đội trưởng, chia sẻ.",
                "quote",
            ),
            P("Thành viên đội tuyển", "h2"),
            P("Võ Hoàng Nam - lớp 9A1 (đội trưởng);", "li"),
            P("Lê Ngọc Khánh An - lớp 9A2;", "li"),
            P("Trần Gia Huy - lớp 8A1;", "li"),
            P("Nguyễn Minh Thư - lớp 8A3.", "li"),
            P(
                "Thành tích này là động lực để câu lạc bộ STEM của trường tiếp tục mở rộng, thu hút thêm"
                " nhiều học sinh yêu thích khoa học, công nghệ."
            ),
        ],
        authors=["Trần Minh Đức"],
        opts={"uid": "p1c7d2gk91", "at": "2026-11-06 14:20", "field": "ThS. Trần Minh Đức - Tổ Toán - Tin"},
    ),
    Story(
        id=6,
        slug="spooky-english-day-ngay-hoi-tieng-anh-mua-halloween",
        title="Spooky English Day - ngày hội tiếng Anh mùa Halloween",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-10-28",
        blocks=[
            _cover("halloween-cover.jpg"),
            P(
                "Chiều 27/10/2026, sân trường Khai Trí trở nên lung linh với bí ngô, mạng nhện và những bộ"
                " trang phục ngộ nghĩnh trong ngày hội “Spooky English Day” do Tổ Tiếng Anh tổ chức."
            ),
            P(
                "Ngày hội gồm các hoạt động: trình diễn trang phục, kể chuyện ma vui bằng tiếng Anh, trò"
                " chơi “Trick or Treat” và thi trang trí bí ngô theo lớp. Mỗi hoạt động đều được thiết kế"
                " để học sinh sử dụng tiếng Anh một cách tự nhiên."
            ),
            _fig(
                "halloween-1.jpg",
                "Các con khối 2 trong phần thi trình diễn trang phục. Ảnh: Minh Khang",
                "Các con khối 2 trong phần thi trình diễn trang phục. Ảnh: Minh Khang",
            ),
            P(
                "Cô Jessica Moore, giáo viên bản ngữ của trường, cho biết học sinh rất mạnh dạn giao tiếp"
                " và nhiều bạn đã tự viết kịch bản cho phần kể chuyện của lớp mình."
            ),
            _fig("halloween-2.jpg"),
            _fig(
                "halloween-3.jpg",
                "(Gian hàng “Trick or Treat” của lớp 3A1)",
                "Gian hàng “Trick or Treat” của lớp 3A1",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải cho 6 lớp có bí ngô đẹp nhất và 10 học sinh có"
                " phần trình diễn ấn tượng."
            ),
        ],
        photographers=["Minh Khang"],
        opts={"uid": "2hfu6s0yx1", "at": "2026-10-28 17:05", "field": None, "typo": True},
    ),
    Story(
        id=5,
        slug="thong-bao-dieu-chinh-lo-trinh-xe-dua-don-hoc-sinh-tu-ngay-26-10-2026",
        title="Thông báo điều chỉnh lộ trình xe đưa đón học sinh từ ngày 26/10/2026",
        cat="thong-bao",
        published_at="2026-10-21",
        blocks=[
            P(
                "Do thi công nâng cấp tuyến đường Phạm Văn Thuận, từ thứ Hai ngày 26/10/2026, nhà trường"
                " điều chỉnh lộ trình các tuyến xe đưa đón số 3, số 5 và số 7."
            ),
            P(
                "Các điểm đón trên đường Phạm Văn Thuận được chuyển sang đường Đồng Khởi, thời gian đón sớm"
                " hơn 10 phút so với trước đây. Lộ trình chi tiết đã được gửi đến phụ huynh qua ứng dụng"
                " liên lạc của nhà trường."
            ),
            P("Nhà trường rất mong nhận được sự thông cảm và phối hợp của quý phụ huynh."),
        ],
        opts={"uid": "6dgq0n7sv1", "at": "2026-10-21 15:40", "field": None},
    ),
    Story(
        id=4,
        slug="ngay-hoi-doc-sach-moi-trang-sach-mot-chan-troi",
        title="Ngày hội đọc sách “Mỗi trang sách, một chân trời”",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-10-15",
        summary="Hơn 3.000 cuốn sách đã được học sinh quyên góp, trao đổi trong ngày hội đọc sách năm nay.",
        sapo_outside=True,
        blocks=[
            _cover("doc-sach-cover.jpg"),
            P(
                "Sáng 13/10/2026, thư viện và sân trường Khai Trí trở thành một “hội chợ sách” thu nhỏ với"
                " các gian trưng bày, góc đọc ngoài trời và khu vực đổi sách cũ lấy sách mới."
            ),
            _fig(
                "doc-sach-1.jpg",
                "Thư viện xanh ngoài trời thu hút đông đảo học sinh tiểu học",
                "Thư viện xanh ngoài trời thu hút đông đảo học sinh tiểu học",
            ),
            P(
                "Mỗi học sinh mang đến ít nhất một cuốn sách để trao đổi. Những cuốn sách còn lại sau ngày"
                " hội được nhà trường gửi tặng tủ sách của hai điểm trường tại huyện Tân Phú."
            ),
            P(
                "Điểm nhấn của chương trình là phần giao lưu với nhà văn thiếu nhi Nguyễn Hải Đăng, người"
                " đã chia sẻ với các con về hành trình viết cuốn truyện đầu tay và bí quyết để yêu thích"
                " việc đọc."
            ),
        ],
        authors=["Ban Truyền thông"],
        opts={"uid": "b5r9e3tq21", "at": "2026-10-15 11:00", "field": "Ban Truyền thông"},
    ),
    Story(
        id=3,
        slug="giup-tre-su-dung-dien-thoai-thong-minh-an-toan",
        title="Giúp trẻ sử dụng điện thoại thông minh an toàn",
        cat="goc-phu-huynh",
        published_at="2026-10-08",
        blocks=[
            _cover("dien-thoai-cover.jpg"),
            P(
                "Theo khảo sát của các chuyên gia, nhiều trẻ em bắt đầu sử dụng điện thoại thông minh từ"
                " khi chưa vào lớp 1 và dành trung bình hơn 3 giờ mỗi ngày trước màn hình."
            ),
            P(
                "Việc sử dụng thiết bị số quá sớm và thiếu kiểm soát có thể ảnh hưởng đến thị lực, giấc"
                " ngủ và khả năng tập trung của trẻ, đồng thời khiến trẻ dễ tiếp cận những nội dung không"
                " phù hợp với lứa tuổi."
            ),
            P("Cha mẹ nên làm gì?", "h2"),
            P(
                "Thống nhất với con thời gian sử dụng điện thoại mỗi ngày và khu vực không dùng thiết bị"
                " như bàn ăn, phòng ngủ;",
                "li",
            ),
            P("Cài đặt chế độ kiểm soát của phụ huynh và cùng con lựa chọn ứng dụng phù hợp;", "li"),
            P("Dành thời gian cho các hoạt động ngoài trời, đọc sách và trò chuyện cùng con.", "li"),
            P(
                "Quan trọng hơn cả, cha mẹ cần giúp trẻ hiểu vì sao phải sử dụng điện thoại có giới hạn,"
                " thay vì chỉ cấm đoán."
            ),
            Raw("<em>Nguồn: Báo Giáo dục và Thời đại</em>"),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"uid": "z1e5h9mfp1", "at": "2026-10-08 08:15", "field": None},
    ),
    Story(
        id=2,
        slug="dem-hoi-trang-ram-trung-thu-2026",
        title="Đêm hội trăng rằm - Trung thu 2026",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-09-26",
        blocks=[
            _cover("trung-thu-cover.jpg"),
            P(
                "Tối 25/9/2026 (nhằm ngày rằm tháng Tám), hơn 800 học sinh tiểu học cùng phụ huynh đã tham"
                " gia “Đêm hội trăng rằm” tại sân trường Khai Trí."
            ),
            P(
                "Chương trình mở đầu bằng màn múa lân sôi động của câu lạc bộ Lân - Sư - Rồng, tiếp đến là"
                " các tiết mục văn nghệ, rước đèn và phá cỗ trông trăng."
            ),
            _fig(
                "trung-thu-1.jpg",
                "Các con rước đèn ông sao quanh sân trường",
                "Các con rước đèn ông sao quanh sân trường",
            ),
            P(
                "Trước đó, trong tuần, học sinh đã cùng thầy cô làm đèn lồng từ vật liệu tái chế, gói bánh"
                " trung thu và trang trí lớp học. Những chiếc đèn đẹp nhất được treo tại sảnh chính trong"
                " suốt đêm hội."
            ),
            _fig("trung-thu-2.jpg"),
            _sign("Bài: Đỗ Hải Yến - Ảnh: Ngô Quang Vinh"),
        ],
        authors=["Đỗ Hải Yến"],
        photographers=["Ngô Quang Vinh"],
        opts={"uid": "m7v2n8kcd1", "at": "2026-09-26 20:10", "field": "Ban Truyền thông", "typo": True},
    ),
    Story(
        id=1,
        slug="khai-giang-nam-hoc-2026-2027-chao-don-hon-1200-hoc-sinh",
        title="Khai giảng năm học 2026 - 2027: chào đón hơn 1.200 học sinh",
        cat="hoat-dong-hoc-sinh",
        published_at="2026-09-05",
        summary=(
            "Sáng 5/9, Trường Tiểu học và THCS Khai Trí long trọng tổ chức lễ khai giảng năm học mới,"
            " chào đón 210 học sinh lớp 1 và 150 học sinh lớp 6."
        ),
        sapo_outside=True,
        blocks=[
            _cover("khai-giang-2026-cover.jpg"),
            P(
                "Đến dự lễ khai giảng có đại diện lãnh đạo Phòng Văn hóa - Xã hội phường, Hội đồng quản trị"
                " nhà trường cùng đông đảo phụ huynh học sinh."
            ),
            P(
                "Năm học 2026 - 2027, trường có 42 lớp với hơn 1.200 học sinh, tăng 4 lớp so với năm học"
                " trước. Nhà trường đã đưa vào sử dụng khu nhà đa năng mới với bể bơi, phòng STEM và thư"
                " viện số."
            ),
            _fig(
                "khai-giang-2026-1.jpg",
                "Ảnh: Học sinh lớp 1 được các anh chị lớp 9 dắt tay vào trường",
                "Học sinh lớp 1 được các anh chị lớp 9 dắt tay vào trường",
            ),
            P(
                "Thay mặt Hội đồng quản trị, bà Trịnh Thị Mai Phương nhấn mạnh mục tiêu xây dựng môi trường"
                " học tập hạnh phúc, nơi mỗi học sinh được phát triển toàn diện về tri thức, kỹ năng và"
                " nhân cách."
            ),
            P(
                "Sau nghi lễ, thầy Hiệu trưởng Phan Quốc Trung đánh trống khai giảng, chính thức mở đầu năm"
                " học mới."
            ),
            Raw("<em>Nguồn: Báo Đồng Nai</em>"),
        ],
        authors=["Minh Anh"],
        source="Báo Đồng Nai",
        opts={"uid": "x3w6a9pzj1", "at": "2026-09-05 11:30", "field": "Minh Anh"},
    ),
]

_BY_UID: dict[str, Story] = {s.opts["uid"]: s for s in STORIES}
#: the admissions notice, linked with UTM parameters from the footer and /tuyen-sinh
ADMISSIONS = _BY_UID["r2k8u5wmb1"]
UTM_FOOTER = "utm_source=website&utm_medium=footer&utm_campaign=tuyensinh2027"
UTM_LANDING = "utm_source=landing&utm_medium=button&utm_campaign=tuyensinh2027"


def post_path(story: Story) -> str:
    return f"/tpost/{story.opts['uid']}-{story.slug}"


def newest(part: str | None = None) -> list[Story]:
    items = [s for s in STORIES if part is None or s.cat == part]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def load_count(part: str | None = None) -> int:
    """How many loads ("Xem thêm" pages) the feed has with posts in them."""
    return -(-len(newest(part)) // PER_LOAD)


def feed_target(part: str | None = None, page: int = 1) -> str:
    query = []
    if part:
        query.append(f"tfeeds_part={part}")
    if page > 1:
        query.append(f"tfeeds_page={page}")
    return "/tin-tuc" + ("?" + "&".join(query) if query else "")


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        post_path(s),
        PARTS[s.cat],
        alt_paths=(
            [f"{post_path(s)}?{UTM_FOOTER}", f"{post_path(s)}?{UTM_LANDING}"] if s is ADMISSIONS else ()
        ),
    )
    for s in STORIES
]

STATIC_PATHS = [
    "/gioi-thieu",
    "/tuyen-sinh",
    "/doi-ngu-giao-vien",
    "/thu-vien-anh",
    "/lien-he",
    "/chinh-sach-bao-mat",
]

NON_ARTICLES: list[str] = [
    "/",
    *STATIC_PATHS,
    *(feed_target(None, n) for n in range(1, load_count() + 1)),
    *(feed_target(p, n) for p in PARTS for n in range(1, load_count(p) + 1)),
]


# --------------------------------------------------------------------------- rendering helpers


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _utc(story: Story) -> str:
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _long_date(story: Story) -> str:
    d = _local(story)
    return f"{d.day} tháng {d.month}, {d.year}"


def _card_date(story: Story) -> str:
    return f"{_local(story):%d.%m.%Y}"


_TYPO = re.compile(r"(?<= )(và|các|của|với|cho|từ|có|là) ")


def _t(value: str, story: Story | None = None) -> str:
    """Escaped text; Tilda's typograph binds short words to the next one with ``&nbsp;``."""
    out = text(value)
    if story is not None and story.opts.get("typo"):
        out = _TYPO.sub(r"\1&nbsp;", out)
    return out


def _card_descr(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 140 else first[:140].rsplit(" ", 1)[0] + "…"


def _rec_id(key: str) -> str:
    return str(600000000 + int(hashlib.md5(key.encode()).hexdigest()[:7], 16) % 99999999)


def _rec(key: str, rtype: str, inner: str, pad: tuple[int, int] = (60, 60), extra: str = "") -> str:
    rid = _rec_id(key)
    return (
        f'<div id="rec{rid}" class="r t-rec t-rec_pt_{pad[0]} t-rec_pb_{pad[1]}" style="padding-top:{pad[0]}px;'
        f'padding-bottom:{pad[1]}px;" data-animationappear="off" data-record-type="{rtype}"{extra}>\n'
        f"<!-- T{rtype} -->\n{inner}\n</div>"
    )


# --------------------------------------------------------------------------- chrome

_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tuyen-sinh", "Tuyển sinh"),
    ("/doi-ngu-giao-vien", "Đội ngũ"),
    ("/tin-tuc", "Tin tức"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]


def _head(request: Request, title: str, descr: str, canonical: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<!--metatextblock-->
<title>{esc(title)}</title>
<meta name="description" content="{esc(descr)}" />
<meta property="og:url" content="{base}{canonical}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(descr)}" />
<meta property="og:type" content="website" />
<link rel="canonical" href="{base}{canonical}">
{extra}<!--/metatextblock-->
<meta name="format-detection" content="telephone=no" />
<meta http-equiv="x-dns-prefetch-control" content="on">
<link rel="dns-prefetch" href="https://ws.tildacdn.com">
<link rel="dns-prefetch" href="https://static.tildacdn.com">
<link rel="shortcut icon" href="https://static.tildacdn.com/{_tild("favicon.ico")}/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="/tilda-blocks-page{PROJECT_ID}.min.css?t=1764028800" type="text/css" media="all" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-feed-1.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-popup-1.1.min.css" type="text/css" media="print" onload="this.media='all';" />
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>
<script src="/tilda-blocks-page{PROJECT_ID}.min.js?t=1764028800" charset="utf-8" async></script>
<script src="https://static.tildacdn.com/js/lazyload-1.3.min.export.js" charset="utf-8" async></script>
<script src="https://static.tildacdn.com/js/tilda-feed-1.0.min.js" charset="utf-8" async></script>
</head>"""


def _topbar() -> str:
    inner = (
        '<div class="t123"><div class="t-container_100"><div class="t-width t-width_100">\n'
        '<div class="kt-topbar" style="background:#0b4f8a;color:#fff;font-size:13px;padding:6px 20px;'
        'display:flex;justify-content:space-between;">'
        f'<span class="kt-topbar__date">Hôm nay: {TODAY}</span>'
        f'<span class="kt-topbar__hotline">Hotline tuyển sinh: <a href="tel:0909468135" style="color:#fff;">{HOTLINE}</a>'
        ' &nbsp;|&nbsp; <a href="https://phuhuynh.khaitri.edu.vn/dang-nhap" style="color:#fff;">Cổng phụ huynh</a></span>'
        "</div>\n</div></div></div>"
    )
    return _rec("topbar", "131", inner, (0, 0))


def _menu(active: str) -> str:
    rid = _rec_id("menu")
    items = "".join(
        f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item{" t-active" if href == active else ""}"'
        f' href="{href}" data-menu-submenu-hook="" data-menu-item-number="{n}">{esc(label)}</a></li>'
        for n, (href, label) in enumerate(_MENU, 1)
    )
    inner = f"""<div id="nav{rid}marker"></div>
<div class="tmenu-mobile"><div class="tmenu-mobile__container"><div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">Khai Trí School</div>
<button type="button" class="t-menuburger t-menuburger_first" aria-label="Mở menu" aria-expanded="false"><span style="background-color:#0b4f8a;"></span><span style="background-color:#0b4f8a;"></span><span style="background-color:#0b4f8a;"></span></button></div></div>
<div id="nav{rid}" class="t228 t228__positionstatic tmenu-mobile__menucontent_hidden" style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-menu="yes">
<div class="t228__maincontainer" style="height:80px;">
<div class="t228__padding40px"></div>
<div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="{cdn("logo-khai-tri.png")}" imgfield="img" style="max-width:180px; width:180px; min-width:180px; height:auto; display:block;" alt="{esc(SITE)}"></a></div></div>
<div class="t228__centerside"><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">{items}</ul></nav></div>
<div class="t228__rightside"><div class="t228__rightcontainer">
<div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#popup:tuvan" target="" class="t-btn t-btn_md" style="color:#ffffff;background-color:#f28c28;border-radius:30px;"><table role="presentation" style="width:100%; height:100%;"><tr><td>Đăng ký tư vấn</td></tr></table></a></div></div></div>
</div></div>
<div class="t228__padding40px"></div>
</div></div>"""
    return _rec("menu", "257", inner, (0, 0))


def _search() -> str:
    inner = """<div class="t985"><div class="t985__search-widget-button t985__search-widget-button_right" data-search-showby="icon"><div class="t985__search-widget-icon" aria-label="Tìm kiếm"><svg role="img" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 48 48"><path d="M47.633 45.863L35.09 33.32a19.44 19.44 0 1 0-1.768 1.768l12.543 12.543z"/></svg></div></div>
<div class="t985__overlay t-search-widget__overlay" style="display:none;"><div class="t985__widgetheader t-search-widget__header"><div class="t-search-widget__container"><form class="t-search-widget__form"><input type="text" name="query" class="t985__input t-search-widget__input t-descr" placeholder="Tìm kiếm trên website" autocomplete="off"></form></div></div>
<div class="t985__result t-search-widget__result"></div></div></div>"""
    return _rec("search", "985", inner, (0, 0))


_POPUP_TEXT = (
    "Cảm ơn quý phụ huynh đã quan tâm đến Trường Tiểu học và THCS Khai Trí. Để được tư vấn chi tiết về"
    " chương trình học song ngữ, chế độ bán trú, xe đưa đón, học phí và chính sách học bổng năm học 2027 -"
    " 2028, quý phụ huynh vui lòng để lại thông tin. Chuyên viên tuyển sinh sẽ liên hệ lại trong vòng 24 giờ"
    " làm việc. Nhà trường tổ chức các buổi tham quan trường vào sáng thứ Bảy hằng tuần, phụ huynh có thể"
    " đăng ký lịch tham quan ngay trong biểu mẫu này."
)


def _popup() -> str:
    inner = f"""<div class="t702"><div class="t-popup" data-tooltip-hook="#popup:tuvan" role="dialog" aria-modal="true" tabindex="-1" style="display:none;">
<div class="t-popup__close t-popup__block-close"><button type="button" class="t-popup__close-wrapper t-popup__block-close-button" aria-label="Đóng"><svg role="presentation" class="t-popup__close-icon" width="23px" height="23px" viewBox="0 0 23 23"><g stroke="none" stroke-width="1" fill="#000000" fill-rule="evenodd"><rect transform="translate(11.1, 11.1) rotate(-45)" x="10.3" y="-3.6" width="2" height="29.4"></rect></g></svg></button></div>
<div class="t-popup__container t-width t-width_6" style="background-color:#fbfbf9;">
<div class="t702__wrapper"><div class="t702__text-wrapper t-align_center">
<div class="t702__title t-title t-title_xxs" field="title">Đăng ký tư vấn tuyển sinh 2027 - 2028</div>
<div class="t702__descr t-descr t-descr_xs" field="descr">{esc(_POPUP_TEXT)}</div></div>
<form id="form{_rec_id("popup")}" name="form{_rec_id("popup")}" role="form" action="https://forms.tildacdn.com/procces/" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_4" data-success-callback="t702_onSuccess">
<input type="hidden" name="formservices[]" value="6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f" class="js-formaction-services">
<input type="hidden" name="tildaspec-formname" tabindex="-1" value="Tư vấn tuyển sinh">
<div class="t-form__inputsbox">
<div class="t-input-group t-input-group_nm"><label for="input_1" class="t-input-title t-descr t-descr_md">Họ tên phụ huynh</label><div class="t-input-block"><input type="text" autocomplete="name" name="Name" id="input_1" class="t-input js-tilda-rule" value="" data-tilda-req="1" placeholder="Nguyễn Văn A"></div></div>
<div class="t-input-group t-input-group_ph"><label for="input_2" class="t-input-title t-descr t-descr_md">Số điện thoại</label><div class="t-input-block"><input type="tel" autocomplete="tel" name="Phone" id="input_2" class="t-input js-tilda-rule" value="" data-tilda-req="1" placeholder="0909 000 000"></div></div>
<div class="t-input-group t-input-group_sb"><label for="input_3" class="t-input-title t-descr t-descr_md">Con đăng ký vào lớp</label><div class="t-input-block"><div class="t-select__wrapper"><select name="Lop" id="input_3" class="t-select js-tilda-rule"><option value="Lớp 1">Lớp 1</option><option value="Lớp 2 - 5">Lớp 2 - 5</option><option value="Lớp 6">Lớp 6</option><option value="Lớp 7 - 9">Lớp 7 - 9</option></select></div></div></div>
<div class="t-input-group t-input-group_cb"><label class="t-checkbox__control t-text t-text_xs"><input type="checkbox" name="ThamQuan" value="yes" class="t-checkbox"><div class="t-checkbox__indicator"></div>Tôi muốn đăng ký tham quan trường vào sáng thứ Bảy</label></div>
<div class="t-form__submit"><button type="submit" class="t-submit" style="color:#ffffff;background-color:#0b4f8a;border-radius:30px;">Gửi đăng ký</button></div>
</div>
<div class="js-successbox t-form__successbox t-text t-text_md" style="display:none;">Cảm ơn quý phụ huynh! Nhà trường sẽ liên hệ trong thời gian sớm nhất.</div>
</form></div></div></div></div>"""
    return _rec("popup", "702", inner, (0, 0))


def _cookie() -> str:
    inner = """<div class="t657" style="display:none;"><div class="t657__wrapper t657__wrapper_bottom t657__wrapper_right" style="background-color:#ffffff;">
<div class="t657__text t-descr t-descr_xxs" field="text">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên website. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với <a href="/chinh-sach-bao-mat" style="color:#0b4f8a;">Chính sách bảo mật</a> của nhà trường.</div>
<div class="t657__btn-wrapper"><a href="#" class="t657__btn t-btn t-btn_xs" style="color:#ffffff;background-color:#0b4f8a;">Đồng ý</a></div>
</div></div>"""
    return _rec("cookie", "657", inner, (0, 0))


_SOCIAL = [
    ("facebook", "https://www.facebook.com/truongkhaitri.bienhoa"),
    ("youtube", "https://www.youtube.com/@truongkhaitri"),
    ("zalo", "https://zalo.me/0909468135"),
    ("tiktok", "https://www.tiktok.com/@khaitrischool"),
]


def _footer() -> str:
    socials = "".join(
        f'<li class="t-sociallinks__item t-sociallinks__item_{name}"><a href="{url}?utm_source=website&amp;utm_medium=footer&amp;utm_campaign=social"'
        f' target="_blank" rel="nofollow noopener" aria-label="{name}"><svg class="t-sociallinks__svg" role="presentation" width="30px" height="30px" viewBox="0 0 100 100"><circle cx="50" cy="50" r="50"/></svg></a></li>'
        for name, url in _SOCIAL
    )
    news = f"{post_path(ADMISSIONS)}?{UTM_FOOTER}"
    inner = f"""<div class="t420"><div class="t-container">
<div class="t420__col t-col t-col_4"><div class="t420__logo-wrapper"><img src="{cdn("logo-khai-tri-white.png")}" class="t420__logo t-img" imgfield="img" style="max-width:200px;" alt="{esc(SITE)}"></div>
<div class="t420__text t-descr t-descr_xxs" field="text">{esc(SITE)}<br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE} &nbsp;–&nbsp; Hotline: {HOTLINE}<br />Email: <a href="mailto:{EMAIL}">{EMAIL}</a></div></div>
<div class="t420__col t-col t-col_4"><div class="t420__title t-name t-name_xs" field="title2">Liên kết nhanh</div>
<div class="t420__descr t-descr t-descr_xxs" field="descr2"><a href="/tuyen-sinh?utm_source=website&amp;utm_medium=footer&amp;utm_campaign=tuyensinh2027">Học phí năm học 2027 - 2028</a><br /><a href="{news}">Thông báo tuyển sinh lớp 1, lớp 6</a><br /><a href="/thu-vien-anh">Thư viện ảnh</a><br /><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></div></div>
<div class="t420__col t-col t-col_4"><div class="t420__title t-name t-name_xs" field="title3">Kết nối với Khai Trí</div>
<div class="t-sociallinks"><ul role="list" class="t-sociallinks__wrapper">{socials}</ul></div>
<div class="t420__counter t-descr t-descr_xxs" style="margin-top:20px;"><div class="kt-counter">Thống kê truy cập<br />Đang online: 14 &nbsp;·&nbsp; Hôm nay: 318<br />Tổng lượt truy cập: 245.112</div></div>
</div></div>
<div class="t-container"><div class="t420__copyright t-col t-col_12 t-descr t-descr_xxs">© 2026 {esc(SITE)}. Giấy phép hoạt động giáo dục số 2345/QĐ-UBND do UBND tỉnh Đồng Nai cấp.</div></div></div>"""
    return _rec("footer", "420", inner, (45, 30), ' style="background-color:#0b2f52;"')


def _badge() -> str:
    return """<!--/allrecords-->
<div class="t-tildalabel" id="tildacopy" data-tilda-sign="4817263#528193746103"><a href="https://tilda.cc/?upm=4817263" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>"""


def _page(request: Request, title: str, descr: str, canonical: str, recs: list[str], active: str, page_id: str, extra: str = "") -> str:
    body = "\n".join([_topbar(), _menu(active), _search(), *recs, _footer(), _popup(), _cookie()])
    return f"""{_head(request, title, descr, canonical, extra)}
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{PROJECT_ID}" data-tilda-page-id="{page_id}" data-tilda-formskey="a3f9c1e27b6d4c0e8f5a2b7c9d1e3f4a" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">
{body}
</div>
{_badge()}
</body>
</html>"""


# --------------------------------------------------------------------------- feed cards


def _card(story: Story) -> str:
    cover = next((i for i in story.images if i.style == "cover"), None)
    if cover is not None:
        name = cover.src.rsplit("/", 1)[1]
        img = (
            f'<a href="{post_path(story)}" class="t-feed__link js-feed-post-link"><div class="t-feed__post-imgwrapper">'
            f'<div class="t-feed__post-bgimg t-bgimg js-feed-bg-img" data-original="{cover.src}" '
            f"style=\"background-image:url('{thumb(name, 'resizeb/20x')}');\" itemprop=\"image\"></div></div></a>"
        )
    else:
        img = ""
    return f"""<li class="js-feed-post t-feed__post t-item t-width t-feed__grid-col t-col t-col_4 t-align_left" data-post-uid="{story.opts["uid"]}">
{img}<div class="t-feed__textwrapper">
<div class="t-feed__post-parts-date-row"><span class="t-feed__post-tag t-uptitle t-uptitle_xs">{esc(PARTS[story.cat])}</span><span class="t-feed__post-date-wrapper"><span class="js-feed-post-date t-feed__post-date t-uptitle t-uptitle_xs">{_card_date(story)}</span></span></div>
<a href="{post_path(story)}" class="t-feed__link js-feed-post-link"><div class="js-feed-post-title t-feed__post-title t-name t-name_xs">{esc(story.title)}</div></a>
<div class="js-feed-post-descr t-feed__post-descr t-descr t-descr_xxs">{esc(_card_descr(story))}</div>
</div></li>"""


def _feed_block(part: str | None, page: int) -> str:
    items = newest(part)
    chunk = items[(page - 1) * PER_LOAD : page * PER_LOAD]
    more = page < load_count(part)
    switch = [
        f'<a class="t-feed__parts-switch-btn t-uptitle t-uptitle_xs{" t-feed__parts-switch-btn_active" if part is None else ""}" href="/tin-tuc">Tất cả</a>'
    ]
    switch += [
        f'<a class="t-feed__parts-switch-btn t-uptitle t-uptitle_xs{" t-feed__parts-switch-btn_active" if slug == part else ""}"'
        f' href="{feed_target(slug)}" data-feed-part-uid="{_rec_id(slug)}">{esc(name)}</a>'
        for slug, name in PARTS.items()
    ]
    cards = "\n".join(_card(s) for s in chunk)
    empty = "" if chunk else '\n<div class="t-feed__post-empty t-descr t-descr_xs" style="display:none;">Chưa có bài viết</div>'
    hidden = "" if more else ' style="display:none;"'
    inner = f"""<div class="t-feed" data-feed-uid="{FEED_UID}" data-feed-size="{PER_LOAD}" data-feed-slice="{page}" data-feed-part="{part or ""}">
<div class="t-feed__parts-switch-wrapper t-container"><div class="t-col t-col_12">{"".join(switch)}</div></div>
<div class="t-container"><ul role="list" class="js-feed-container t-feed__container t-feed__grid">
{cards}
</ul>{empty}</div>
<div class="t-feed__showmore-btn-wrapper t-align_center"><a href="{feed_target(part, page + 1)}" class="js-feed-btn-show-more t-feed__showmore-btn t-btn t-btn_md"{hidden}>Xem thêm</a></div>
</div>"""
    return _rec(f"feed-{part}", "1002", inner)


def _listing(request: Request) -> str:
    params = request.params
    part = params.get("tfeeds_part") or None
    try:
        page = max(1, int(params.get("tfeeds_page", "1")))
    except ValueError:
        page = 1
    title_rec = _rec(
        "news-title",
        "30",
        '<div class="t017"><div class="t-container t-align_center"><div class="t-col t-col_10 t-prefix_1">'
        '<h1 class="t017__title t-title t-title_xs" field="title">Tin tức - Sự kiện</h1>'
        '<div class="t017__descr t-descr t-descr_xs" field="descr">Cập nhật hoạt động, thông báo và góc chia sẻ dành cho phụ huynh</div>'
        "</div></div></div>",
        (75, 30),
    )
    head_title = "Tin tức" + (f" - {PARTS[part]}" if part in PARTS else "")
    return _page(
        request,
        f"{head_title} | {SITE}",
        "Tin tức, sự kiện và thông báo của Trường Tiểu học và THCS Khai Trí",
        "/tin-tuc",
        [title_rec, _feed_block(part, page)],
        "/tin-tuc",
        "61840217",
    )


# --------------------------------------------------------------------------- post page


def _fig_html(img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    cap = f'<figcaption class="t-redactor__caption">{text(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="t-redactor__figure"><img alt="" data-original="{img.src}" src="{thumb(name, "empty")}"'
        f' class="t-img" imgfield="img"/>{cap}</figure>'
    )


def _text_html(story: Story) -> str:
    parts: list[str] = []
    group: list[str] = []
    items: list[str] = []

    def flush_group() -> None:
        if group:
            parts.append(f'<div class="t-redactor__text">{"<br /><br />".join(group)}</div>')
            group.clear()

    def flush_list() -> None:
        if items:
            parts.append(f'<div class="t-redactor__text"><ul>{"".join(items)}</ul></div>')
            items.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            flush_group()
            items.append(f"<li>{_t(block.text, story)}</li>")
            continue
        flush_list()
        if isinstance(block, P) and block.style == "h2":
            flush_group()
            parts.append(f'<h2 class="t-redactor__h2">{_t(block.text, story)}</h2>')
        elif isinstance(block, P) and block.style == "quote":
            flush_group()
            parts.append(f'<blockquote class="t-redactor__quote">{_t(block.text, story)}</blockquote>')
        elif isinstance(block, P):
            group.append(_t(block.text, story))
        elif isinstance(block, Img):
            if block.style == "cover":
                continue
            flush_group()
            parts.append(_fig_html(block))
        elif "t-redactor__embed" in block.html:
            flush_group()
            parts.append(block.html)
        else:
            group.append(block.html)
    flush_list()
    flush_group()
    return "\n".join(parts)


def _cover_html(story: Story) -> str:
    cover = next((i for i in story.images if i.style == "cover"), None)
    if cover is None:
        return ""
    name = cover.src.rsplit("/", 1)[1]
    return (
        '<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle">'
        f"<div class=\"t-feed__post-popup__cover-bg t-bgimg\" style=\"background-image:url('{thumb(name, 'resizeb/20x')}');\"></div>"
        f'<img src="{thumb(name, "resize/20x")}" data-original="{cover.src}" class="js-feed-post-image t-feed__post-popup__img t-img"'
        ' alt="" imgfield="image" itemprop="image"></div>'
    )


def _relevants(story: Story) -> str:
    others = [s for s in newest(story.cat) if s is not story][:RELEVANTS]
    cards = "".join(
        f'<li class="t-feed__post-popup__relevants-item t-col t-col_4"><a href="{post_path(s)}" class="t-feed__post-popup__relevants-link">'
        f'<div class="t-feed__post-popup__relevants-title t-name t-name_xs">{esc(s.title)}</div>'
        f'<div class="t-feed__post-popup__relevants-date t-uptitle t-uptitle_xs">{_card_date(s)}</div></a></li>'
        for s in others
    )
    return (
        '<div class="t-feed__post-popup__relevants t-container"><div class="t-col t-col_12">'
        '<div class="t-feed__post-popup__relevants-title-wrapper t-title t-title_xxs">Tin khác</div></div>'
        f'<ul role="list" class="t-feed__post-popup__relevants-list">{cards}</ul></div>'
    )


def _share(request: Request, story: Story) -> str:
    url = f"{base_url(request)}{post_path(story)}"
    return (
        '<div class="t-feed__share t-feed__post-popup__share"><div class="t-feed__share-title t-descr t-descr_xxs">Chia sẻ bài viết:</div>'
        f'<a class="t-feed__share-item t-feed__share-item_fb" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="nofollow noopener">Facebook</a>'
        f'<a class="t-feed__share-item t-feed__share-item_zalo" href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="nofollow noopener">Zalo</a>'
        '<a class="t-feed__share-item t-feed__share-item_copy" href="#" data-copy-link="yes">Sao chép liên kết</a></div>'
    )


def _post(request: Request, story: Story) -> str:
    field = story.opts.get("field")
    author = (
        '<span class="t-feed__post-popup__author-wrapper"><span class="t-feed__post-popup__author-bgimg t-bgimg"'
        f" style=\"background-image:url('{thumb('avatar-' + story.opts['uid'] + '.png', 'resize/20x')}');\"></span>"
        f'<span class="js-feed-post-author t-feed__post-popup__author-name t-descr t-descr_xxs">{esc(field)}</span></span>'
        if field
        else ""
    )
    lead = (
        f'<div class="js-feed-post-descr t-feed__post-popup__descr t-descr t-descr_md" style="font-weight:600;">{_t(story.summary, story)}</div>'
        if story.summary
        else ""
    )
    content = f"""<div class="t-feed__post-popup t-popup t-popup_show t-feed__post-popup_static" data-feed-popup-postuid="{story.opts["uid"]}" data-feed-popup-feeduid="{FEED_UID}">
<div class="t-feed__post-popup__close-wrapper t-container"><a href="/tin-tuc" class="t-feed__post-popup__close"><svg role="presentation" width="15" height="15" viewBox="0 0 23 23"><path d="M0 11.5L11.5 0l1.4 1.4L3.8 10.5H23v2H3.8l9.1 9.1-1.4 1.4z"/></svg><span class="t-feed__post-popup__close-text t-descr t-descr_xxs">Tất cả tin tức</span></a></div>
<div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static">
<div itemscope itemtype="https://schema.org/BlogPosting" class="t-feed__post-popup__content-wrapper">
<div class="t-feed__post-popup__content t-col t-col_8 t-prefix_2">
<div class="t-feed__post-popup__parts-wrapper"><a class="t-feed__post-popup__tag t-uptitle t-uptitle_xs" href="{feed_target(story.cat)}">{esc(PARTS[story.cat])}</a></div>
<h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" itemprop="headline">{esc(story.title)}</h1>
<div class="t-feed__post-popup__date-parts-wrapper"><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{_long_date(story)}</span></span>{author}</div>
{lead}
{_cover_html(story)}
<div id="feed-text" class="t-feed__post-popup__text-wrapper" data-animationappear="off">
<div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md" itemprop="articleBody">
{_text_html(story)}
</div></div>
{_share(request, story)}
</div></div>
{_relevants(story)}
</div></div>"""
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": story.title,
        "datePublished": _utc(story),
        "dateModified": _utc(story),
        "mainEntityOfPage": f"{base_url(request)}{post_path(story)}",
        "publisher": {"@type": "Organization", "name": SITE},
    }
    if field:
        ld["author"] = {"@type": "Person", "name": field}
    cover = next((i for i in story.images if i.style == "cover"), None)
    if cover:
        ld["image"] = cover.src
    extra = (
        f'<meta property="og:image" content="{cover.src}" />\n' if cover else ""
    ) + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    rec = _rec(f"post-{story.opts['uid']}", "1006", content, (30, 60))
    return _page(
        request,
        story.title,
        _card_descr(story),
        post_path(story),
        [rec],
        "/tin-tuc",
        "61840217",
        extra,
    )


# --------------------------------------------------------------------------- other pages


def _text_rec(key: str, title: str, paragraphs: list[str]) -> str:
    body = "<br /><br />".join(esc(p) for p in paragraphs)
    return _rec(
        key,
        "43",
        f'<div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
        f'<div class="t-title t-title_xs" field="title" style="margin-bottom:30px;">{esc(title)}</div>'
        f'<div class="t-text t-text_md" field="text">{body}</div></div></div></div>',
    )


def _cover_rec(key: str, title: str, descr: str, image: str, button: str = "") -> str:
    return _rec(
        key,
        "18",
        f'<div class="t-cover" bgimgfield="img" style="height:70vh;"><div class="t-cover__carrier t-bgimg" data-original="{cdn(image)}"'
        f" style=\"height:70vh;background-image:url('{thumb(image, 'resizeb/20x')}');\"></div>"
        '<div class="t-cover__filter" style="height:70vh;background-image:linear-gradient(to bottom,rgba(0,0,0,0.30),rgba(0,0,0,0.60));"></div>'
        '<div class="t001 t-align_center"><div class="t-container"><div class="t-width t-width_10 t001__mainblock">'
        f'<h1 class="t001__title t-title t-title_xl" field="title">{esc(title)}</h1>'
        f'<div class="t001__descr t-descr t-descr_xl t001__descr_center" field="descr">{esc(descr)}</div>{button}'
        "</div></div></div></div>",
        (0, 0),
    )


def _home(request: Request) -> str:
    news = "\n".join(_card(s) for s in newest()[:3])
    testimonials = [
        ("Chị Nguyễn Thị Thanh Tâm", "phụ huynh em Minh Châu, lớp 3A2",
         "Con tôi đã tự tin hơn rất nhiều sau hai năm học tại Khai Trí. Thầy cô luôn gần gũi, quan tâm đến"
         " từng bạn, và bữa ăn bán trú được chăm chút như ở nhà."),
        ("Anh Lê Quốc Việt", "phụ huynh em Gia Bảo, lớp 7A1",
         "Chương trình tiếng Anh và các câu lạc bộ STEM giúp con có thêm nhiều trải nghiệm. Điều tôi hài"
         " lòng nhất là nhà trường luôn trao đổi kịp thời với gia đình."),
    ]  # fmt: skip
    quotes = "".join(
        f'<div class="t-col t-col_6 t527__wrapperleft"><div class="t527__textwrapper"><div class="t527__text t-text t-text_xs">{esc(q)}</div>'
        f'<div class="t527__persname t-name t-name_md">{esc(n)}</div><div class="t527__persdescr t-descr t-descr_xxs">{esc(r)}</div></div></div>'
        for n, r, q in testimonials
    )
    recs = [
        _cover_rec(
            "home-cover",
            "Khai Trí - nơi mỗi ngày đến trường là một ngày vui",
            "Trường Tiểu học và THCS song ngữ tại Biên Hòa, Đồng Nai. Tuyển sinh lớp 1 và lớp 6 năm học 2027 - 2028.",
            "home-cover.jpg",
            '<div class="t001__buttonwrapper"><a href="/tuyen-sinh" class="t-btn t-btn_md" style="background-color:#f28c28;color:#fff;border-radius:30px;">Tìm hiểu tuyển sinh</a></div>',
        ),
        _rec(
            "home-numbers",
            "490",
            '<div class="t490"><div class="t-container">'
            + "".join(
                f'<div class="t490__col t-col t-col_4 t-item"><div class="t490__title t-title t-title_xl">{n}</div><div class="t490__descr t-descr t-descr_xs">{esc(d)}</div></div>'
                for n, d in [("1.200+", "học sinh hai cấp học"), ("96", "giáo viên, 100% đạt chuẩn"), ("15", "năm xây dựng và phát triển")]
            )
            + "</div></div>",
        ),
        _rec(
            "home-news",
            "1002",
            '<div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__title t-title t-title_xs t-align_center">Tin mới</div></div></div>'
            f'<div class="t-feed" data-feed-uid="{FEED_UID}" data-feed-size="3"><div class="t-container"><ul role="list" class="js-feed-container t-feed__container t-feed__grid">\n{news}\n</ul></div>'
            '<div class="t-feed__showmore-btn-wrapper t-align_center"><a href="/tin-tuc" class="t-btn t-btn_md">Xem tất cả tin tức</a></div></div>',
        ),
        _rec(
            "home-testimonials",
            "527",
            '<div class="t527"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__title t-title t-title_xs t-align_center">Phụ huynh nói về Khai Trí</div></div></div>'
            f'<div class="t-container">{quotes}</div></div>',
        ),
        _rec(
            "home-cta",
            "191",
            '<div class="t191"><div class="t-container t-align_center"><div class="t-col t-col_8 t-prefix_2">'
            '<div class="t191__title t-title t-title_xs">Đặt lịch tham quan trường</div>'
            '<div class="t191__descr t-descr t-descr_xs">Sáng thứ Bảy hằng tuần, 8:00 - 11:00</div>'
            '<a href="#popup:tuvan" class="t-btn t-btn_md" style="background-color:#0b4f8a;color:#fff;">Đăng ký ngay</a></div></div></div>',
        ),
    ]
    return _page(request, SITE, "Trường Tiểu học và THCS song ngữ Khai Trí, Biên Hòa, Đồng Nai", "/", recs, "/", "61840201")


_ABOUT = [
    "Trường Tiểu học và THCS Khai Trí được thành lập năm 2011 theo quyết định của UBND tỉnh Đồng Nai,"
    " là trường tư thục đào tạo liên cấp từ lớp 1 đến lớp 9 với chương trình giáo dục phổ thông của Bộ"
    " Giáo dục và Đào tạo kết hợp chương trình tiếng Anh tăng cường.",
    "Sau 15 năm xây dựng và phát triển, nhà trường hiện có 42 lớp với hơn 1.200 học sinh, 96 giáo viên và"
    " 12 giáo viên bản ngữ. Khuôn viên rộng 2,5 ha gồm khu học tập, thư viện, nhà đa năng, bể bơi và sân"
    " thể thao.",
    "Sứ mệnh của Khai Trí là xây dựng một ngôi trường hạnh phúc, nơi mỗi học sinh được yêu thương, được"
    " tôn trọng sự khác biệt và được khuyến khích phát triển hết khả năng của mình.",
]


def _static(request: Request, path: str) -> str | None:
    if path == "/gioi-thieu":
        recs = [
            _cover_rec("about-cover", "Giới thiệu", "15 năm một hành trình vì học sinh", "gioi-thieu-cover.jpg"),
            _text_rec("about-text", "Về Trường Tiểu học và THCS Khai Trí", _ABOUT),
            _text_rec("about-values", "Giá trị cốt lõi", ["Yêu thương - Trách nhiệm - Sáng tạo - Hội nhập."]),
        ]
        return _page(request, f"Giới thiệu | {SITE}", "Giới thiệu về nhà trường", path, recs, path, "61840203")
    if path == "/tuyen-sinh":
        prices = [
            ("Tiểu học (lớp 1 - 5)", "6.500.000 đ/tháng", "Học phí, bán trú, tiếng Anh tăng cường"),
            ("THCS (lớp 6 - 9)", "7.200.000 đ/tháng", "Học phí, bán trú, tiếng Anh tăng cường, STEM"),
            ("Xe đưa đón", "1.100.000 đ/tháng", "Bán kính 10 km trong thành phố Biên Hòa"),
        ]
        cards = "".join(
            f'<div class="t-col t-col_4 t-item t681__col"><div class="t681__title t-name t-name_lg">{esc(a)}</div>'
            f'<div class="t681__price t-title t-title_xs">{esc(b)}</div><div class="t681__descr t-descr t-descr_xs">{esc(c)}</div></div>'
            for a, b, c in prices
        )
        faq = [
            ("Trường có nhận học sinh chuyển trường giữa năm không?", "Có. Nhà trường tiếp nhận học sinh chuyển trường khi còn chỗ, sau buổi trao đổi với phụ huynh và học sinh."),
            ("Học phí đã gồm tiền ăn bán trú chưa?", "Học phí đã bao gồm bữa trưa, bữa xế và các hoạt động ngoại khóa trong trường."),
        ]  # fmt: skip
        acc = "".join(
            f'<div class="t585__accordion" data-accordion="false"><div class="t585__wrapper"><div class="t585__header"><div class="t585__title t-name t-name_xl">{esc(q)}</div></div>'
            f'<div class="t585__content" style="display:none;"><div class="t585__textwrapper"><div class="t585__text t-descr t-descr_xs">{esc(a)}</div></div></div></div></div>'
            for q, a in faq
        )
        recs = [
            _cover_rec(
                "adm-cover",
                "Tuyển sinh năm học 2027 - 2028",
                "Lớp 1: 160 chỉ tiêu · Lớp 6: 120 chỉ tiêu",
                "tuyen-sinh-landing.jpg",
                f'<div class="t001__buttonwrapper"><a href="{post_path(ADMISSIONS)}?{UTM_LANDING}" class="t-btn t-btn_md">Xem thông báo tuyển sinh</a></div>',
            ),
            _rec("adm-prices", "681", f'<div class="t681"><div class="t-container">{cards}</div></div>'),
            _rec("adm-faq", "585", f'<div class="t585"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">{acc}</div></div></div>'),
        ]
        return _page(request, f"Tuyển sinh | {SITE}", "Thông tin tuyển sinh, học phí", path, recs, path, "61840205")
    if path == "/doi-ngu-giao-vien":
        teachers = [
            ("Phan Quốc Trung", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục, 22 năm kinh nghiệm giảng dạy và quản lý."),
            ("Trịnh Thị Mai Phương", "Chủ tịch Hội đồng quản trị", "Người sáng lập Trường Khai Trí."),
            ("Lê Thu Hằng", "Tổ trưởng Tổ Khoa học tự nhiên", "Giáo viên dạy giỏi cấp tỉnh năm học 2024 - 2025."),
            ("Trần Minh Đức", "Tổ trưởng Tổ Toán - Tin", "Huấn luyện viên đội tuyển Robotics của trường."),
            ("Jessica Moore", "Giáo viên tiếng Anh bản ngữ", "Chứng chỉ CELTA, 8 năm giảng dạy tại Việt Nam."),
            ("Nguyễn Thị Hạnh", "Chuyên viên tâm lý học đường", "Phụ trách phòng tư vấn tâm lý học sinh."),
        ]  # fmt: skip
        cards = "".join(
            f'<div class="t524__col t-col t-col_4 t-item"><div class="t524__itemwrapper"><div class="t524__imgwrapper"><div class="t524__bgimg t-bgimg"'
            f' data-original="{cdn(f"gv-{i}.jpg")}" style="background-image:url(\'{thumb(f"gv-{i}.jpg", "resizeb/20x")}\');"></div></div>'
            f'<div class="t524__wrappercenter"><div class="t524__persname t-name t-name_lg">{esc(n)}</div><div class="t524__uptitle t-uptitle t-uptitle_sm">{esc(r)}</div>'
            f'<div class="t524__text t-text t-text_xs">{esc(d)}</div></div></div></div>'
            for i, (n, r, d) in enumerate(teachers, 1)
        )
        recs = [
            _rec("staff-title", "30", '<div class="t017"><div class="t-container t-align_center"><h1 class="t017__title t-title t-title_xs">Đội ngũ giáo viên</h1></div></div>', (75, 30)),
            _rec("staff-cards", "524", f'<div class="t524"><div class="t-container">{cards}</div></div>'),
        ]
        return _page(request, f"Đội ngũ giáo viên | {SITE}", "Đội ngũ giáo viên", path, recs, path, "61840207")
    if path == "/thu-vien-anh":
        albums = [
            ("khai-giang-2026-album.jpg", "Lễ khai giảng năm học 2026 - 2027"),
            ("trung-thu-album.jpg", "Đêm hội trăng rằm 2026"),
            ("halloween-album.jpg", "Spooky English Day"),
            ("tri-an-album.jpg", "Tuần lễ tri ân 20/11"),
            ("the-thao-album.jpg", "Hội khỏe Phù Đổng cấp trường"),
            ("stem-album.jpg", "Câu lạc bộ STEM"),
        ]
        items = "".join(
            f'<div class="t603__tile t-col t-col_4"><div class="t603__blockimg t-bgimg" data-original="{cdn(f)}"'
            f" style=\"background-image:url('{thumb(f, 'resizeb/20x')}');\" data-zoomable=\"yes\" data-img-zoom-url=\"{cdn(f)}\"></div>"
            f'<div class="t603__caption t-descr t-descr_xxs">{esc(c)}</div></div>'
            for f, c in albums
        )
        recs = [
            _rec("gallery-title", "30", '<div class="t017"><div class="t-container t-align_center"><h1 class="t017__title t-title t-title_xs">Thư viện ảnh</h1></div></div>', (75, 30)),
            _rec("gallery", "603", f'<div class="t603"><div class="t603__container t-container">{items}</div></div>'),
        ]
        return _page(request, f"Thư viện ảnh | {SITE}", "Thư viện ảnh", path, recs, path, "61840211")
    if path == "/lien-he":
        form = f"""<div class="t678"><div class="t-container"><div class="t-col t-col_6">
<h1 class="t678__title t-title t-title_xs">Liên hệ</h1>
<div class="t678__descr t-descr t-descr_xs">{esc(ADDRESS)}<br />Điện thoại: {PHONE}<br />Hotline: {HOTLINE}<br />Email: {EMAIL}<br />Giờ làm việc: 7:00 - 17:00, thứ Hai - thứ Bảy</div>
<form id="form{_rec_id("contact")}" role="form" action="https://forms.tildacdn.com/procces/" method="POST" class="t-form js-form-proccess">
<div class="t-input-group"><label class="t-input-title t-descr t-descr_md">Họ và tên</label><input type="text" name="Name" class="t-input js-tilda-rule" data-tilda-req="1"></div>
<div class="t-input-group"><label class="t-input-title t-descr t-descr_md">Email</label><input type="email" name="Email" class="t-input js-tilda-rule"></div>
<div class="t-input-group"><label class="t-input-title t-descr t-descr_md">Nội dung</label><textarea name="Textarea" class="t-input js-tilda-rule" style="height:102px;"></textarea></div>
<div class="t-form__submit"><button type="submit" class="t-submit">Gửi</button></div></form></div>
<div class="t-col t-col_6"><div class="t143__map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3917.0!2d106.82!3d10.95" width="100%" height="420" style="border:0;" loading="lazy"></iframe></div></div></div></div>"""
        recs = [_rec("contact", "678", form)]
        return _page(request, f"Liên hệ | {SITE}", "Liên hệ nhà trường", path, recs, path, "61840213")
    if path == "/chinh-sach-bao-mat":
        recs = [
            _text_rec(
                "privacy",
                "Chính sách bảo mật",
                [
                    "Website sử dụng cookie và các công cụ thống kê để ghi nhận lượt truy cập, giúp nhà trường cải thiện nội dung.",
                    "Thông tin phụ huynh gửi qua biểu mẫu chỉ được dùng để tư vấn tuyển sinh và không chia sẻ cho bên thứ ba.",
                ],
            )
        ]
        return _page(request, f"Chính sách bảo mật | {SITE}", "Chính sách bảo mật", path, recs, "", "61840215")
    return None


_ROBOTS = "User-agent: *\nDisallow: /tilda/form1-\nDisallow: /tilda/*/\nDisallow: /members/\nHost: {host}\nSitemap: {base}/sitemap.xml\n"


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>2026-11-20</lastmod><changefreq>weekly</changefreq><priority>{'1.0' if p == '/' else '0.5'}</priority></url>"
        for p in ["/", "/gioi-thieu", "/tuyen-sinh", "/doi-ngu-giao-vien", "/tin-tuc", "/thu-vien-anh", "/lien-he", "/chinh-sach-bao-mat"]
    )
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_NOT_FOUND = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>404</title>
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" /></head>
<body class="t-body"><div class="t-container t-align_center" style="padding-top:120px;">
<div class="t-title t-title_xl">404</div><div class="t-descr t-descr_md">Trang không tồn tại hoặc đã bị xóa.</div>
<a href="/" class="t-btn t-btn_md">Về trang chủ</a></div></body></html>"""

_TPOST = re.compile(r"^/tpost/([a-z0-9]{10})(?:-([a-z0-9-]+))?$")


class TildaSchool:
    """Tilda's publishing host for one project: pages by path, feed posts under ``/tpost/``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith((".css", ".js", ".jpg", ".png", ".ico")):
            return static_file(path)
        if path == "/robots.txt":
            host = request.headers.get("Host", "127.0.0.1")
            return Response(200, _ROBOTS.format(host=host, base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if m := _TPOST.match(path):
            story = _BY_UID.get(m.group(1))
            if story is None:
                return html(_NOT_FOUND, status=404)
            if m.group(2) != story.slug:
                return redirect(post_path(story), 301)
            return html(_post(request, story))
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if path == "/":
            return html(_home(request))
        if path == "/tin-tuc":
            return html(_listing(request))
        page = _static(request, path)
        if page is None:
            return html(_NOT_FOUND, status=404)
        return html(page)


def build_site() -> TildaSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return TildaSchool()
